# test: full-stderr
print(repr(ValueError()), repr(ValueError(1, "a")), str(ValueError(1, "a")), str(KeyError("k")), repr(KeyError("k")))
e = StopIteration(3); print(e.value, e.args)
e = SystemExit(2); print(e.code)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = SyntaxError("bad", ("f.py", 3, 5, "x = (\n", 3, 6))
print(e, e.lineno, e.offset, e.text, e.msg)
print(str(ImportError("no mod", name="m")), ImportError("a", "b").msg)
e = ValueError("x"); e.args = ("y", 2); print(e)
print(isinstance(KeyError(), LookupError), issubclass(ModuleNotFoundError, ImportError))
print(ValueError.__mro__)
print(BaseException.__doc__, ValueError.__doc__)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(5); print(m, m.code, m.args, repr(m))
try:
    raise MyErr(7)
except ValueError as e:
    print("got", e.code, e.__traceback__ is not None, e.__context__, e.__cause__, e.__suppress_context__)
