import traceback, sys
def foo(a, b):
    return a + b   # comment
def bar():
    x = [1, 2]
    return foo(x, 1)
try:
    bar()
except TypeError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s.count("\n"))
try:
    d = {"a": {"b": 1}}
    d["a"]["c"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print(len(traceback.format_exception(type(e), e, e.__traceback__)))
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
print(traceback.format_exc(), end="")
class Oops(Exception): pass
try:
    try:
        raise Oops("inner")
    except Oops as e:
        raise ValueError("outer") from e
except ValueError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)
    traceback.print_exc(limit=1, file=sys.stdout)
def t9():
    return 1/0   
try:
    t9()
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_tb(e.__traceback__))
class P:
    def __init__(self): self.items = []
    def add(self, x): self.itmes.append(x)
try:
    P().add(1)
except AttributeError:
    traceback.print_exc(file=sys.stdout)
def m():
    return lenn
try:
    m()
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    math.pi
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    x = [1]
    y = x[0] + x[1] + x[5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    名前 = {}
    print(名前["値"])
except KeyError:
    traceback.print_exc(file=sys.stdout)
