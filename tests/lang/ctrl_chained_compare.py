# Chained comparisons evaluate each operand once.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 3 > 2, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(5) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(2) > v(0) == v(0), calls)
x = 5
print(0 <= x < 10, 0 < x <= 5, 10 > x > 5, x == 5 > 4 != 3)
n, one, two = None, 1, 2
print(one < two is not n, 'a' in 'abc' in ['abc'], [] is not [] == [])
a = b = c = 3
print(a == b == c, a is b is c, a < b < c, a <= b <= c)
print((1 < 2) < 3, 1 < (2 < 3), not 1 < 2 < 3)
lst = [1, 2, 3]
print(1 in lst == True, (1 in lst) == True, 2 < len(lst) <= 3)
print(-1 < 0 < 1 < 2 < 3 < 4 < 5 < 4)
