# __getitem__/__setitem__ receiving ints, slices and tuples.
class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step, self.data[key])
        if isinstance(key, tuple):
            return ('tuple', key)
        return ('index', key, self.data[key])
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __len__(self):
        return len(self.data)
r = Recorder()
print(r[3])
print(r[-1])
print(r[2:5])
print(r[::-2])
print(r[:3, 1])
print(r[1, 2, 3])
r[0] = 'zero'
r[1:3] = ['a', 'b', 'c']
print(r.data, len(r))
print(r[slice(2, None)])
