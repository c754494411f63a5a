# Bound methods, builtin methods, staticmethod/classmethod/property objects.
import sys
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    @property
    def p(self):
        return 1
o = C()
print('bound', sys.getsizeof(o.m))
print('bound classmethod', sys.getsizeof(C.c))
print('builtin method', sys.getsizeof([].append), sys.getsizeof('x'.upper))
print('staticmethod', sys.getsizeof(C.__dict__['s']))
print('classmethod', sys.getsizeof(C.__dict__['c']))
print('property', sys.getsizeof(C.__dict__['p']), sys.getsizeof(property()))
print('staticmethod(f)', sys.getsizeof(staticmethod(len)))
print('method-wrapper', sys.getsizeof(o.__str__))
print('wrapper_descriptor', sys.getsizeof(object.__dict__['__init__']))
print('method_descriptor', sys.getsizeof(list.__dict__['append']))
