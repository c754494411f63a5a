# test: full-stderr
class C:
    pass
c = C()
c.Xafq0fjzL = 1
c.nwlav = 1
c.fErGPmp = 1
c.z = 1
def f():
    Xafq0fjzL = 1
    nwlav = 1
    return Xa_0fjzL
f()
