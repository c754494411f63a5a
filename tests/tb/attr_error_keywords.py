# test: full-stderr
class C:
    @property
    def foo(self): raise AttributeError("foo", name="foo", obj=self)
C().foo
