# The last line of an uncaught error from sys.getsizeof.
import sys
class Neg:
    def __sizeof__(self):
        return -5
print('before')
sys.getsizeof(Neg())
