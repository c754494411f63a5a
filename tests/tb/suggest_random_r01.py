# test: full-stderr
class C:
    pass
c = C()
c.Wvj = 1
c.GA = 1
c.Ac9QeWJK = 1
c.iVpzz = 1
c.F4vUCsM_e = 1
c.fkCzJr4i = 1
c.e1f8rESQ = 1
c.dU = 1
c.kNhFdn = 1
c.D = 1
c.tPKR0CsTy4Qw = 1
c.vSwMFL = 1
c.e1f8rQ
