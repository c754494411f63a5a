# TypeError: too many positional arguments.
def pair(a, b):
    return (a, b)
print(pair(1, 2))
print(pair(b=1, a=2))
class Box:
    def __init__(self, item):
        self.item = item
b = Box('thing')
print(b.item)
print(pair(1, 2, 3))
