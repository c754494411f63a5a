# ASCII strings: header + len + 1.
import sys
for s in ['', 'a', 'ab', 'hello', 'a' * 100, 'x' * 1000, 'Amir Khan', '2016-12-12 02:23']:
    print(len(s), sys.getsizeof(s), s.__sizeof__())
print(sys.getsizeof('ab' + 'cd' * int('3')))
print(sys.getsizeof(''.join(['k'] * 50)))
print(sys.getsizeof(str(123456)))
print(sys.getsizeof(f"user{42:05d}"))
