# The last line of an uncaught TypeError from a non-int __sizeof__.
import sys
class Bad:
    def __sizeof__(self):
        return None
sys.getsizeof(Bad())
