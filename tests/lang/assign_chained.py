# Chained assignment and evaluation order.
a = b = c = 0
print(a, b, c)
x = y = []
x.append('shared')
print(x, y, x is y)
order = []
def key(k):
    order.append('key ' + str(k))
    return k
def val(v):
    order.append('val ' + str(v))
    return v
d = {}
d[key(1)] = d[key(2)] = val('v')
print(d, order)
i = 0
lst = [10, 20, 30]
i = lst[i] = 1
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
m = n = o = 'same'
print(m is n is o)
first = second = [0] * 2
second[0] = 9
print(first)
order.clear()
result = [val(1), val(2)][key(0)]
print(result, order)
