# An exception raised inside a generator propagates to the consumer.
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ArithmeticError(f'bad number {i}')
        yield i * 10
total = 0
for n in numbers(3):
    total += n
print('first total', total)
for n in numbers(5):
    print('got', n)
print('never reached')
