# test: full-stderr
class A:
    def __init__(self):
        self.name = 1
        self._hidden = 2
        self.Value = 3
    def meth(self):
        return self.nme
def t0(): return A().nme
def t1(): return A().value
def t2(): return A().hidden
def t3(): return A()._hiden
def t4(): return [].appendd
def t5(): return "".uper
def t6(): return {}.item
def t7(): return prnt
def t8(): return Tru
def t9(): return A().meth()
t8()
