# test: full-stderr
class C:
    pass
c = C()
c.pf = 1
c.DL7Dxt = 1
c.OmxgJTeKdN = 1
c.zPd = 1
c.cfBA = 1
c.G = 1
c.sAj = 1
c._I = 1
c.hKtJ0RlgL = 1
c.FRIB = 1
c.xL = 1
c.Bd0Kh8oOO = 1
c.dKLzd_ocJ2 = 1
def f():
    pf = 1
    DL7Dxt = 1
    OmxgJTeKdN = 1
    zPd = 1
    cfBA = 1
    G = 1
    return yzPd
f()
