# Over-allocation of list.append: print (length, size) at each reallocation.
import sys
lst = []
last = None
for i in range(200):
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
    lst.append(i)
print('final', len(lst), sys.getsizeof(lst))
