# Augmented assignment operators, in-place on mutables.
x = 7
x += 3; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1110; print(x)
x ^= 0b0101; print(x)
x /= 4; print(x)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
s = 'ab'
s += 'cd'
s *= 2
print(s)
d = {'n': 0}
for _ in range(5):
    d['n'] += 2
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 1
print(m)
class C:
    v = 10
c = C()
c.v += 1
print(c.v, C.v)
