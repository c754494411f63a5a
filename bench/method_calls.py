# Method calls: a small class whose methods call each other.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            return 0
        self.balance -= amount
        return amount

    def transfer(self, other, amount):
        got = self.withdraw(amount)
        other.deposit(got)
        return got

a = Account(1000)
b = Account(1000)
moved = 0
for i in range(10**6):
    moved += a.transfer(b, i % 7)
    moved += b.transfer(a, i % 5)
print(a.balance, b.balance, moved)
