# Exception instances: in-object __dict__ word, args tuple not included.
import sys
for e in (Exception(), Exception('x'), KeyError('k'), ValueError(1, 2, 3), StopIteration(5), OSError(2, 'x'), SyntaxError('m')):
    print(type(e).__name__, sys.getsizeof(e))
e = Exception()
e.note = 1
print('with attr', sys.getsizeof(e), sys.getsizeof(e.__dict__))
class MyErr(Exception):
    pass
print('subclass', sys.getsizeof(MyErr()))
