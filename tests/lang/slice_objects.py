# slice objects and their use.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
data = list(range(10))
text = 'abcdefghij'
print(data[s], text[s], tuple(data)[s], range(10)[s])
print(s.indices(5), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(0, 5, None).step)
rev = slice(None, None, -1)
print(data[rev], text[rev])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[:, 1], q[5], q[-1:])
data[s] = ['w'] * len(data[s])
print(data)
del data[slice(0, 3)]
print(data)
print(text[slice(-1, -6, -2)], text[slice(100)], text[slice(2, None)])
