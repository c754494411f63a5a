# test: full-stderr
class C:
    pass
c = C()
c.a = 1
c.q = 1
c.WnsCGRlrw = 1
c.Q_sMpSscD = 1
c._PBQFI14z_G = 1
c.krC = 1
c.J_mGEp7Cg = 1
c.TUOi = 1
c.U = 1
c.Sn_ov = 1
c.w_d1iae = 1
c.V4qBkdfQ1y3 = 1
c.aQ
