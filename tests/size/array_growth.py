# sys.getsizeof(array) after each kind of operation: array_resize's growth
# rule, exact allocations of constructors, +, *, slices, and shrinking.
import sys
from array import array
def show(label, a):
    print(label, len(a), sys.getsizeof(a))
for tc in 'bhidQ':
    show('new ' + tc, array(tc))
    show('list ' + tc, array(tc, [1, 2, 3]))
    show('iter ' + tc, array(tc, iter([1, 2, 3])))
    show('range ' + tc, array(tc, range(20)))
a = array('i', range(10))
show('range10', a)
a.extend(range(5)); show('extend iter', a)
a.extend(array('i', range(30))); show('extend array', a)
a += array('i', [1]); show('+=', a)
a *= 3; show('*=', a)
show('+', a + a)
show('*', a * 2)
show('slice', a[10:20])
show('step slice', a[::3])
del a[5:60]; show('del slice', a)
del a[::2]; show('del step', a)
a[1:3] = array('i', range(50)); show('grow slice', a)
while len(a) > 3:
    a.pop()
show('popped', a)
a.remove(a[0]); show('remove', a)
a.insert(0, 7); show('insert', a)
a.frombytes(bytes(40)); show('frombytes', a)
a.fromlist(list(range(17))); show('fromlist', a)
b = array('d', [1.0]); b *= 0; show('*= 0', b)
c = array('B', b'hello world'); show('bytes', c)
c.append(1); show('append', c)
show('copy of array', array('i', array('i', range(9))))
show('other typecode', array('d', array('i', range(9))))
print(array('h', [1, 2]).__sizeof__(), array('q').__sizeof__())
