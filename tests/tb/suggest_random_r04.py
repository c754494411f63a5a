# test: full-stderr
class C:
    pass
c = C()
c.q = 1
c.zDzV8fUkkibj = 1
c.jJJiba = 1
c.PgHV7iB3m03n = 1
c.DZPjN0M_EQ = 1
def f():
    q = 1
    zDzV8fUkkibj = 1
    return zDzV8fUkcibj
f()
