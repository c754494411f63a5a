# TypeError: calling a non-callable value held in a variable.
def apply(f, x):
    return f(x)
print(apply(abs, -3))
print(apply(str, 4))
functions = {'neg': lambda v: -v, 'zero': 0}
print(apply(functions['neg'], 7))
print('calling a dict entry that is an int')
print(apply(functions['zero'], 7))
print('never reached')
