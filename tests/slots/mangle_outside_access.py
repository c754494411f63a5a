# Accessing the unmangled private name from outside fails.
class Acct:
    __slots__ = ('__balance',)
    def __init__(self):
        self.__balance = 5

a = Acct()
print(a._Acct__balance)
a._Acct__balance = 6
print(a._Acct__balance)
print(a.__balance)
