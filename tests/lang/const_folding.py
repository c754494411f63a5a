# The compiler folds arithmetic on number constants as CPython's AST
# optimizer does (one constant per code object, so `is` holds), except
# where the result could get big: * ** << beyond 128 bits stay run-time.
a = 2 ** 10
b = 2 ** 10
print(a is b, a)
x = 256 + 1
y = 257
print(x is y)
print(2**200 == 2**100 * 2**100, 1 << 200, -(2**70), ~1000, 7.5 * 2, 1/2, 10 // 3)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
c = 1 << 129
print(c.bit_length())
def f():
    return 3 ** 80
def g():
    return 2 ** 127
def h():
    return 1 << 128
def k():
    return 1 << 120
print(f() is f(), g() is g(), h() is h(), k() is k())
print(-0.0, +5, -(-5), 2**-1, 10 % 7 * 1000)
def m():
    return (10 % 7 * 1000, 2.5 * 4)
print(m()[0] is m()[0], m()[1] is m()[1])
