# Module and class namespaces: mappingproxy and the module dict.
import sys, types
m = types.ModuleType('m')
print(sys.getsizeof(m.__dict__))
for i in range(10):
    setattr(m, 'v%d' % i, i)
print(sys.getsizeof(m.__dict__))
class C:
    x = 1
print(type(C.__dict__).__name__, sys.getsizeof(C.__dict__))
