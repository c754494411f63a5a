# test: full-stderr
def foo(a, b):
    return a + b   # comment

def bar():
    x = [1, 2]
    return foo(x, 1)

class C:
    def __init__(self):
        self.value = 3
    def m(self):
        return valeu

try:
    bar()
except TypeError as e:
    d = {}
    d['k']
