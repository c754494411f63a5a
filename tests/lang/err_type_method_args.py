# TypeError: method called with too many arguments (counts self).
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f'{self.name} greets {other}'
g = Greeter('ann')
print(g.greet('bob'))
print(Greeter.greet(g, 'cy'))
print('calling with an extra argument')
print(g.greet('bob', 'extra'))
