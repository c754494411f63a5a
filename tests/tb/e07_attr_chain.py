# test: full-stderr
class A: pass
a = A()
a.b.c.d = 5
