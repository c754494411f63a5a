# test: full-stderr
class C:
    pass
c = C()
c.vAmwufU = 1
c.c5Xlr = 1
c.frdZSl = 1
c.fM2oe = 1
c.V8gz = 1
c.hDavJ = 1
c._8qzjI6GKFS = 1
c.er8bOfZ = 1
c.HNsG9e = 1
c.fq = 1
c.bvJDCT = 1
c._B2 = 1
c.kq = 1
c.rNicHTp = 1
c.y = 1
c.kQ1okTBG = 1
c.Yo = 1
def f():
    vAmwufU = 1
    c5Xlr = 1
    frdZSl = 1
    fM2oe = 1
    V8gz = 1
    hDavJ = 1
    _8qzjI6GKFS = 1
    er8bOfZ = 1
    return c5zXlr
f()
