# AssertionError with a message.
def withdraw(balance, amount):
    assert amount > 0, 'amount must be positive'
    assert amount <= balance, f'insufficient funds: {amount} > {balance}'
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, 100))
assert True
assert 1 == 1, 'not shown'
print('withdrawing too much')
print(withdraw(50, 80))
