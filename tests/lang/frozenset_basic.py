# frozenset: hashable, usable as keys and set elements.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset('aa'), repr(frozenset([1])))
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, f.issuperset({1}))
d = {f: 'f', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s), frozenset([1, 2]) in s)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
mixed = {1, 2} | frozenset([3])
print(mixed, type(mixed).__name__, type(frozenset([3]) | {1}).__name__)
print(sorted(frozenset(['b', 'c', 'a'])), f.union([9]), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
