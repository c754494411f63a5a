# globals/locals/vars/dir and eval/exec/compile.
import sys
x = 5
print(sorted(globals().keys()) == sorted(dir()), 'x' in dir(), dir() == sorted(locals()), locals() is globals())
def f(a, b=2):
    c = 3
    def g(): return a + c
    print(sorted(locals().items(), key=lambda kv: kv[0])[:3], dir(), vars() == locals())
    return g
f(1)
def h():
    y = 1
    def inner():
        print(locals(), y)
    inner()
h()
class C:
    z = 1
    def m(self): pass
print([n for n in dir(C) if not n.startswith('__')], 'z' in dir(C), '__init__' in dir(C))
c = C(); c.w = 2
print([n for n in dir(c) if not n.startswith('__')], vars(c))
print('argv' in dir(sys), 'print' in dir(__builtins__), dir(sys) == sorted(dir(sys)))
class P:
    __slots__ = ('a',)
print([n for n in dir(P()) if not n.startswith('__')])
class DD:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(DD()))
e = ValueError(1); e.foo = 2
print('foo' in dir(e), vars(e))
print(eval('1 + 2'), eval('x * 2'), eval('  y', {'y': 7}), eval('[i*i for i in range(4)]'))
g = {}
exec('q = 10\ndef ff(): return q', g); print(g['q'], g['ff'](), '__builtins__' in g)
exec('x = 42'); print(x)
code = compile('1 + 1', '<s>', 'eval'); print(eval(code))
exec(compile('print("compiled")', 'c', 'exec'))
setattr(c, 'v', 9); print(getattr(c, 'v'), hasattr(c, 'v'), getattr(c, 'nope', 'dflt'))
delattr(c, 'v'); print(hasattr(c, 'v'))
print(callable(len), callable(1), callable(C), callable(c), callable(exit))
print(__debug__, __import__('sys') is sys, EnvironmentError is OSError, IOError)
