# test: full-stderr
class C:
    pass
c = C()
c.lqsajAIxNK = 1
c.QoaF = 1
c.RVdD53X83RZ = 1
c.enCk = 1
c.zzzzgEOzd = 1
c.iS2G8N = 1
c.lj = 1
def f():
    lqsajAIxNK = 1
    QoaF = 1
    RVdD53X83RZ = 1
    return lasajAIxaNK
f()
