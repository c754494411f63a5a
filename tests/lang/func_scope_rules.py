# LEGB name resolution.
x = 'global'
def read_global():
    return x
def local_shadow():
    x = 'local'
    return x
def enclosing():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(read_global(), local_shadow(), enclosing(), x)
len = lambda s: 'shadowed len'
print(len([1, 2]))
del len
print(len([1, 2]))
class C:
    y = 'class attr'
    def method(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
    try:
        ys = [y for _ in range(1)]
    except NameError as e:
        ys = 'NameError in class-level comprehension: ' + str(e)
print(C().method(), C.ys)
def comp_scope():
    n = 5
    return [n * i for i in range(3)]
print(comp_scope())
def param_shadow(print=None):
    return print
print(param_shadow('shadowed print'))
v = 'module'
def reassign_global():
    global v
    v = 'changed'
reassign_global()
print(v)
