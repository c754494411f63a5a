# Class names with leading underscores are stripped when mangling.
class _Hidden:
    __slots__ = ('__v', '__dunder__', '_single')
    def __init__(self):
        self.__v = 1

h = _Hidden()
print(sorted(k for k, v in vars(_Hidden).items() if type(v).__name__ == 'member_descriptor'))
print(h._Hidden__v)
