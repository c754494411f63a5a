# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print('got', v)
print('stopped at', v)
print([y for x in data if (y := x * 2) > 7])
print(y)
total = 0
print([total := total + x for x in data], total)
def f(x):
    return x * 10
print([r for x in range(5) if (r := f(x)) % 20 == 0])
print((z := 42), z + 1)
s = 'hello world'
if (i := s.find('o')) >= 0:
    print('o at', i)
pairs = {k: (length := len(k)) for k in ('a', 'bb', 'ccc')}
print(pairs, length)
print(any((hit := x) > 5 for x in data), hit)
print(all((miss := x) < 9 for x in data), miss)
