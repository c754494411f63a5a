# None, Ellipsis, NotImplemented, object().
import sys
for v in [None, Ellipsis, NotImplemented, object()]:
    print(type(v).__name__, sys.getsizeof(v), v.__sizeof__())
print(sys.getsizeof(type(None)) > 0)
