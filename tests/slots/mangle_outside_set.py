# Setting the unmangled private name from outside.
class Acct:
    __slots__ = ('__balance',)

a = Acct()
a.__balance = 1
