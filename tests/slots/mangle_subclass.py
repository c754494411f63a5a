# A subclass cannot see the parent's private slot under its own mangling.
class Base:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 's'

class Sub(Base):
    __slots__ = ()
    def peek(self):
        return self.__secret

s = Sub()
print(s._Base__secret)
print(s.peek())
