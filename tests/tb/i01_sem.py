# test: full-stderr
def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", repr(e.__context__), "|", repr(e.__cause__), e.__suppress_context__)
def r1(): raise 5
def r2(): raise ValueError from 5
def r3(): raise ValueError("a") from KeyError("b")
def r4():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
def r5():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
def r6():
    e = ValueError("self")
    try:
        raise e
    except ValueError:
        raise e
def r7(): raise ValueError("x").with_traceback(None)
def r8():
    try:
        1/0
    except ZeroDivisionError:
        try:
            {}["a"]
        except KeyError:
            raise TypeError("t")
def r9(): raise StopIteration(42)
def r10(): raise SystemExit(3)
def r11(): raise KeyboardInterrupt
def r12():
    class NotExc: pass
    raise NotExc()
def r13(): raise ValueError from None
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13]:
    t(f)
try:
    r8()
except TypeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
e = ValueError()
e.__cause__ = KeyError(); print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as x: print(x)
try:
    e.__context__ = 5
except TypeError as x: print(x)
try:
    e.args = 5
except TypeError as x: print(x)
try:
    del e.args
except TypeError as x: print(x)
try:
    e.__traceback__ = 5
except TypeError as x: print(x)
e.__suppress_context__ = False
try:
    e.__suppress_context__ = 1
except TypeError as x: print(x)
print(e.__reduce__())
e.foo = 1; print(e.__dict__, e.__reduce__())
import sys
try:
    raise ValueError("info")
except ValueError:
    t_, v_, tb_ = sys.exc_info()
    print(t_, v_, type(tb_).__name__, tb_.tb_lineno, tb_.tb_next)
print(sys.exc_info())
