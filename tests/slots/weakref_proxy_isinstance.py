# isinstance() of a weak proxy answers for its referent (via __class__).
import weakref

class Base:
    __slots__ = ('__weakref__',)
class Point(Base):
    __slots__ = ('x', 'y')

p = Point()
px = weakref.proxy(p)
print(type(px).__name__, px.__class__.__name__)
print(isinstance(px, Point), isinstance(px, Base), isinstance(px, (int, Point)))
print(isinstance(px, weakref.ProxyType), isinstance(px, int))
print(Point.__instancecheck__(px), issubclass(type(px), Point))
px.x = 1
print(p.x)
del p
try:
    px.x
except ReferenceError as e:
    print('ReferenceError:', e)
