# __x in __slots__ is mangled to _Class__x.
class Acct:
    __slots__ = ('__balance', 'owner')
    def __init__(self, owner, bal):
        self.owner = owner
        self.__balance = bal
    def balance(self):
        return self.__balance

a = Acct('ann', 10)
print(a.balance())
print(a._Acct__balance)
print(sorted(k for k in Acct.__dict__ if 'balance' in k))
print(Acct.__slots__)
print(hasattr(a, '__balance'))
