# test: full-stderr
class MyAttr(AttributeError):
    pass
class C:
    name = 1
    def __getattr__(self, n):
        raise MyAttr(f"no {n}", name=n, obj=self)
C().nme
