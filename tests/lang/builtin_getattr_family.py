# hasattr, getattr, setattr, delattr.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(hasattr(c, 'level'), hasattr(c, 'debug'), hasattr(c, 'missing'), hasattr(Config, 'level'))
print(getattr(c, 'level'), getattr(c, 'missing', 'fallback'), getattr(Config, 'debug'))
setattr(c, 'level', 5)
setattr(c, 'new_attr', [1, 2])
print(c.level, c.new_attr, vars(c))
delattr(c, 'new_attr')
print(hasattr(c, 'new_attr'), vars(c))
for name in ['level', 'debug', 'nothing']:
    print(name, getattr(c, name, None))
setattr(Config, 'debug', True)
print(c.debug, Config.debug)
print(getattr('text', 'upper')(), getattr([3, 1], '__len__')(), hasattr(5, 'bit_length'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
method = getattr(c, '__init__')
print(callable(method), getattr(c, 'level'))
