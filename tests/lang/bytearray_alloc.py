# bytearray over-allocation (CPython 3.13's PyByteArray_Resize), seen through __alloc__().
print([bytearray(x).__alloc__() for x in (b'', b'a', b'abc', 0, 5, [1, 2], (1, 2, 3), range(3), [1, True])])
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
b = bytearray(b'abc')
b += b'defgh'
print(len(b), b.__alloc__())
b.extend(range(20))
print(len(b), b.__alloc__())
b *= 3
print(len(b), b.__alloc__())
del b[:10]
print(len(b), b.__alloc__())
b.append(0)
print(len(b), b.__alloc__())
del b[5:]
print(len(b), b.__alloc__())
b.clear()
print(len(b), b.__alloc__())
print((bytearray(b'ab') + b'cd').__alloc__(), (bytearray(b'ab') * 4).__alloc__(), bytearray(b'abcdef')[1:3].__alloc__())
