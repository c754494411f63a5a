# AttributeError on a str.
s = 'text'
print(s.upper(), s.title(), s.count('t'))
print(hasattr(s, 'foo'))
methods = ['upper', 'lower']
for m in methods:
    print(getattr(s, m)())
print("accessing 'x'.foo")
print('x'.foo)
print('never reached')
