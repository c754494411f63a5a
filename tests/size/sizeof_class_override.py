# __sizeof__ looked up on the type, not the instance; classmethod/staticmethod forms.
import sys
class C:
    __slots__ = ('__sizeof__',)
c = C()
c.__sizeof__ = lambda: 5
print('slot', sys.getsizeof(c))
class D:
    pass
d = D()
d.__sizeof__ = lambda: 1000
print(sys.getsizeof(d) < 1000)
class E:
    @staticmethod
    def __sizeof__():
        return 10
print(sys.getsizeof(E()))
class F:
    @classmethod
    def __sizeof__(cls):
        return 20
print(sys.getsizeof(F()))
class G:
    __sizeof__ = lambda self: 30
print(sys.getsizeof(G()))
