# enumerate and reversed.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', -2)))
for i, (a, b) in enumerate(zip('xy', 'XY'), start=10):
    print(i, a, b)
e = enumerate(['p', 'q'])
print(type(e).__name__, next(e), list(e))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed(range(0, 10, 3))), ''.join(reversed('stressed')), list(reversed([])))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.values())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Custom())))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, 'end'))
lst = [1, 2, 3, 4]
for idx, v in reversed(list(enumerate(lst))):
    if v % 2 == 0:
        del lst[idx]
print(lst)
