# Powers producing big integers.
print(2 ** 100)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(3 ** 200)
print(10 ** 50)
print(7 ** 77)
print((-2) ** 101)
print((-3) ** 64)
print(2 ** 1000 % 1000007)
print(len(str(2 ** 10000)))
print(str(2 ** 3000)[:30], str(2 ** 3000)[-30:])
for e in (29, 30, 31, 32, 59, 60, 61, 62, 63, 64, 65):
    print(e, 2 ** e, 2 ** e - 1, -(2 ** e))
n = 1
for i in range(1, 31):
    n *= i
print(n)
print(n // (2 ** 40), n % (2 ** 40))
print(pow(2, 200), pow(-5, 33))
print(12345678901234567890 ** 3)
