# Subclassing built-in types.
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, len(ml), ml.sum(), type(ml).__name__, isinstance(ml, list), ml[1:3], type(ml[1:3]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = DefaultDict(a=1)
print(dd['a'], dd['hello'], dd, dd.get('nope'), 'nope' in dd)
class Celsius(float):
    def __repr__(self):
        return f'{float(self)}°C'
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, [c])
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u, u.shout(), len(u), u + 'x', type(u + 'x').__name__, u == 'hey')
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, type(Pos(3)).__name__, isinstance(Pos(1), int))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, bool(Stack()))
