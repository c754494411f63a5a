# test: full-stderr
class C:
    pass
c = C()
c.FjsUNPjc01T5 = 1
c.OBUSZGi6H = 1
c.JdObOIRp = 1
c.K10Zb0RLZ = 1
c.qp = 1
c.WnoVP_DF2yeE = 1
c.iaEdFr_RgS = 1
c.y1 = 1
c.PVStN = 1
c.fQHeVVEqZ = 1
c.sXcNOPmeMjv = 1
c.R9SPofbciOx9 = 1
c.qaDZeV7G = 1
c.K10ZB0Rz
