# str.format with positional, keyword, index and attribute fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, -4)
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=7), '{0}{x}{1}'.format(1, 2, x='-'))
print('{0[1]} {0[0]}'.format(['first', 'second']), '{d[key]}'.format(d={'key': 'val'}))
print('{p.x},{p.y}'.format(p=p), '{0.x}'.format(p), '{0[2][1]}'.format([0, 1, 'ab']))
print('{:>10}|'.format('right'), '{:<10}|'.format('left'), '{:^10}|'.format('mid'))
print('{:*^11}'.format('star'), '{:->8}'.format(42), '{:0<6}'.format(7))
print('{{literal}} {}'.format(1), '{{{}}}'.format('x'), '{}%'.format(50))
print('{!r} {!s}'.format('q', 'q'), '{0!r:>8}|'.format('r'))
print('{:d} {:5d}| {:<5d}| {:+d}'.format(1, 22, 333, 4))
print('{:.2f} {:10.3f}| {:e}'.format(3.14159, 2.5, 12345.678))
print('{:,} {:_} {:x} {:o} {:b} {:#x}'.format(1234567, 1234567, 255, 8, 5, 255))
print('{0:{1}}|'.format('pad', 6), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('{:.3}'.format('abcdef'), '{:>6.2}|'.format('xyz'))
print('{}'.format(None), '{}'.format([1, 'a']), '{}'.format((1,)), '{:}'.format(True))
args = ('x', 'y')
kw = {'z': 'Z'}
print('{0}{1}{z}'.format(*args, **kw))
print('{0}-{0}-{0}'.format('ab'), '{:5}|{:5}|'.format('s', 5))
