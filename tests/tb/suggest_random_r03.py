# test: full-stderr
class C:
    pass
c = C()
c.VqE1Sk = 1
c.be3nNyjOq9 = 1
c.bbYrEqmSM9wC = 1
c.DEEtfjgV = 1
c.kwXoII = 1
c.mHFw = 1
c.bn88HxjSI = 1
c.t_P3fS2qH = 1
c._zVZ = 1
c.N5N1aE6P = 1
c.w9_xfogoEmvn = 1
c.MxEhh2 = 1
c.vOoNZYW2m = 1
c.W = 1
c._Hfbw
