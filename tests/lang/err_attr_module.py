# AttributeError on a module attribute.
import math
print(math.sqrt(16), math.floor(2.5))
print(hasattr(math, 'sqrt'), hasattr(math, 'foo'))
print(math.pi > 3)
value = 2.0
print(math.log2(value))
print('accessing math.foo')
print(math.foo)
print('never reached')
