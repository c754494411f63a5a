# A small OOP program: accounts with exceptions and class hierarchy.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed, self.available = needed, available
class Account:
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.owner!r}, {self._balance})'
class Savings(Account):
    interest = 0.05
accounts = [Account('ann', 100), Savings('bob', 1000)]
accounts[0].deposit(50).withdraw(30)
accounts[1].withdraw(200).deposit(0.5)
for acct in accounts:
    acct.add_interest()
    print(acct, acct.history)
for action, arg in [('withdraw', 10 ** 6), ('deposit', -5), ('withdraw', 20)]:
    try:
        getattr(accounts[0], action)(arg)
        print('ok', action, arg, accounts[0].balance)
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, e.needed - e.available)
    except ValueError as e:
        print('ValueError:', e)
print(sorted(accounts, key=lambda a: a.balance), sum(a.balance for a in accounts))
