# Methods are also read-only through a slotted instance.
class Point:
    __slots__ = ('x',)
    def move(self):
        return 'moved'

p = Point()
print(p.move())
p.move = lambda: 'patched'
