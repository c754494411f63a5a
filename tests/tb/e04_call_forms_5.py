# test: full-stderr
import sys
class O:
    def m(self, *a): raise KeyError(a)
o = O()
def t0(): o.m(1)
def t1(): print(o.m(1, 2))
def t2(): return o.m()
def t3():
    r = o.m(3)
def t4():
    r = (o.m)(4)
def t5(): o . m ( 5 )
def t6(): [o.m(6)]
def t7(): x = 1; o.m(7)
def t8(): o.m(8)  # comment
fs = [t0, t1, t2, t3, t4, t5, t6, t7, t8]
fs[5]()
