# str subclass with empty slots.
class Name(str):
    __slots__ = ()
    def shout(self):
        return self.upper() + '!'

n = Name('bob')
print(n.shout(), n == 'bob', isinstance(n, str))
try:
    n.x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    type('S', (str,), {'__slots__': ('a',)})
except TypeError as e:
    print('TypeError:', e)
