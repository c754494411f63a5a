# list subclass may have nonempty slots.
class Tagged(list):
    __slots__ = ('tag',)

t = Tagged([1, 2])
t.tag = 'nums'
t.append(3)
print(t, t.tag, len(t))
print(hasattr(t, '__dict__'))
t.other = 1
