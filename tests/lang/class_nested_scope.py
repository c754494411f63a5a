# Classes defined inside functions and classes.
def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f'{greeting}, {name}'
    return Greeter
Hello = make_class('Hello')
Hi = make_class('Hi')
print(Hello().greet('A'), Hi().greet('B'), Hello is not Hi, Hello.__name__)
class Outer:
    class Inner:
        value = 'inner value'
        def method(self):
            return 'inner method'
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().method(), Outer.Inner.__name__, Outer.Inner.__qualname__)
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def total():
            return count
    return C
C = counter_class()
C()
C()
print(C.total())
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
