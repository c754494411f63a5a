# [User("Amir") for _ in range(N)] stores one str N times: only instances cost.
from _meas import per
class User:
    __slots__ = ('name',)
    def __init__(self, name):
        self.name = name
class UserD:
    def __init__(self, name):
        self.name = name
print('slots constant', per(lambda: User('Amir')))
print('dict constant', per(lambda: UserD('Amir')))
counter = iter(range(10**9))
print('slots runtime name', per(lambda: User(f"user{next(counter) % 100000:05d}")))
