# Module objects: the module dict is not included.
import sys, math, random
import types
print('sys', sys.getsizeof(sys))
print('math', sys.getsizeof(math))
print('random', sys.getsizeof(random))
m = types.ModuleType('m')
print('new', sys.getsizeof(m))
m.x = 1
print('after attr', sys.getsizeof(m))
print('dict is dict', type(m.__dict__) is dict)
