# list.sort and sorted are stable, also with reverse=True.
records = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35), ('frank', 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_name.sort(key=lambda r: r[1])
print(by_name)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -5, 3, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
data.sort(key=lambda t: t[0])
print(data)
print(sorted('bBaAcC', key=str.lower), sorted([3, 1, 2], reverse=True))
x = [2, 1, 3]
r = x.sort()
print(r, x, sorted(x) is not x)
big = [(i % 7, i) for i in range(30)]
print(sorted(big, key=lambda t: t[0])[:10])
print(sorted([0.5, -1, True, 2 ** 40, -2.5]), sorted([]), sorted((3, 2, 1)))
