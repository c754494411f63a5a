# Member descriptors are in the class __dict__, in __slots__ order? Check keys.
class Point:
    __slots__ = ('zeta', 'alpha', 'mid')
    def m(self):
        pass

print([k for k in Point.__dict__ if not k.startswith('__')])
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
print('__slots__' in Point.__dict__)
print(type(Point.__dict__).__name__)
