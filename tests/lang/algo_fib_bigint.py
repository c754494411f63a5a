# A small program: big Fibonacci and factorial numbers with digit sums.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f300 = fib(300)
print(f300)
print(len(str(f300)), sum(int(d) for d in str(f300)))
print(fib(1000) % 10 ** 12, fib(100) // fib(99), fib(100) * fib(98) - fib(99) ** 2)
fact = 1
for i in range(1, 101):
    fact *= i
print(fact)
print(len(str(fact)), str(fact).rstrip('0')[-5:], len(str(fact)) - len(str(fact).rstrip('0')))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz_len), collatz_len(27), collatz_len(2 ** 100 + 1))
print(pow(2, 521) - 1)
print(int(str(2 ** 200)[::-1]) % 1000003)
