# test: full-stderr
class C:
    pass
c = C()
c.d6V = 1
c.GC = 1
c.J58m1 = 1
c.G8pSH448 = 1
c._64GiIj = 1
c.Gb3CXlMaX = 1
c.UhJduRHHJE = 1
c.Jd = 1
c.bW56eCuN_ = 1
c.iAhzCueQ = 1
c.ljE = 1
c.MGmSrCGIZ = 1
c.BenQ = 1
c.Yh5Xj = 1
c.DQL05H = 1
c.mrcX = 1
c.MGSrCGIZ
