# list.pop shrinks the allocation once less than half is used.
import sys
lst = []
for i in range(100):
    lst.append(i)
last = None
while lst:
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
    lst.pop()
print('empty', sys.getsizeof(lst))
lst = [None] * 20
lst.pop(0)
print('pop0', len(lst), sys.getsizeof(lst))
del lst[:15]
print('del slice', len(lst), sys.getsizeof(lst))
