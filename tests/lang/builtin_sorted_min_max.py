# sorted, min and max with key and default.
data = [5, -7, 3, -1, 9]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=lambda x: -x))
print(min(data), max(data), min(data, key=abs), max(data, key=abs))
print(min(3, 1, 2), max('apple', 'fig', key=len), max('a', 'b'), min([[2], [1, 5]]))
print(min([], default='empty'), max((), default=None), min([4], default=0), max([], key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda x: x == 3), min(['bb', 'a', 'cc', 'd'], key=len))
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower), max(words, key=str.lower))
print(sorted('hello'), sorted({3: 'c', 1: 'a'}), sorted({2, 1, 3}), sorted((1.5, 1, True)))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x % 3, -x)))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0), max([[1], [1, 0]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]), max({'a': 3, 'b': 5}.items(), key=lambda kv: kv[1]))
for bad in ([], ()):
    try:
        max(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    min(1)
except TypeError as e:
    print('TypeError:', e)
