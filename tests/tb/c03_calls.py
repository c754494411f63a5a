# test: full-stderr
class C:
    def method(self, x):
        return int(x)
obj = C()
def outer():
    value = obj.method("abc")
    return value
def outer2():
    return len(5)
try:
    outer()
except ValueError as e:
    print(e)
outer2()
