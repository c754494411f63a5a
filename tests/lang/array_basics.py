# array.array: items, slicing, methods, comparisons and CPython's messages.
from array import array, typecodes, ArrayType
import array as arraymod
print(typecodes, ArrayType is array, arraymod.array, repr(array('d')))
a = array('i', [3, 1, 2])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], a[::-1], list(a))
a.append(5); a.extend([6, 7]); a.insert(0, 9); a.insert(-100, 8); a.insert(100, 4)
print(a, a.pop(), a.pop(0), a.index(5), a.count(1), 7 in a, 70 in a)
a.remove(5); a.reverse(); print(a, a.tolist(), a.tobytes()[:8])
a[0] = 100; a[1:3] = array('i', [-1, -2, -3]); a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[0]; del a[::3]; print(a)
b = array('h', b'\x01\x00\x02\x00'); print(b, b.buffer_info()[1])
b.byteswap(); print(b)
b.frombytes(b'\xff\xff'); b.fromlist([5, 6]); print(b)
print(array('f', [1.1, 2.5]), array('d', (0.1, 1e300)), array('Q', [2**64 - 1]), array('b', range(-3, 3)))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]),
      array('i', [1]) <= array('i', [1, 0]), array('i') == array('b'), a != 3)
print(a + array('i', [1]), 2 * array('b', [1, 2]), array('b', [1]) * -1)
print(array('l', iter(range(3))), array('B', bytearray(b'ab')), array('i', array('i', [4, 5])))
class MyArray(array):
    pass
m = MyArray('d', [1.5])
print(m, type(m[:]).__name__, type(m + m).__name__, isinstance(m, array))
for code, value in [('b', 128), ('b', -129), ('b', 40000), ('B', 256), ('B', -1), ('h', 2**15),
                    ('H', -1), ('H', 2**16), ('H', 2**31), ('i', 2**31), ('i', -2**31 - 1),
                    ('I', -1), ('I', 2**32), ('I', 2**64), ('l', 2**63), ('L', -5), ('q', 2**63),
                    ('Q', -1), ('Q', 2**64), ('i', 1.5), ('i', 'x'), ('d', 'x'), ('f', None)]:
    try:
        array(code, [value])
    except (OverflowError, TypeError) as e:
        print(code, value, type(e).__name__, e)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = array('i', [1, 2, 3])
attempt(lambda: array('z'))
attempt(lambda: array('ii'))
attempt(lambda: array(1))
attempt(lambda: array())
attempt(lambda: array('i', 'abc'))
attempt(lambda: array('i', 5))
attempt(lambda: array('i', [1], 2))
attempt(lambda: array('i', x=1))
attempt(lambda: a[5])
attempt(lambda: a['x'])
attempt(lambda: a.__setitem__(5, 1))
attempt(lambda: a.__setitem__(slice(0, 1), [1]))
attempt(lambda: a.__setitem__(slice(0, 1), array('d', [1])))
attempt(lambda: a.__setitem__(slice(0, 3, 2), array('i', [1])))
attempt(lambda: a.pop(10))
attempt(lambda: array('i').pop())
attempt(lambda: a.remove(9))
attempt(lambda: a.index(9))
attempt(lambda: a.index(1, 1))
attempt(lambda: a.index(3, -1))
attempt(lambda: a.extend(array('d')))
attempt(lambda: a.extend(5))
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a.frombytes('abc'))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a + [1])
attempt(lambda: a * 'x')
attempt(lambda: 'x' * a)
attempt(lambda: a < 3)
attempt(lambda: hash(a))
attempt(lambda: a.count())
attempt(lambda: a.append(2**40))
attempt(lambda: a.append('x'))
def iadd():
    b = array('i')
    b += [1]
attempt(iadd)
print(a)
