# On a plain instance, assignment shadows the class attribute.
class P:
    color = 'red'

p = P()
print(p.color)
p.color = 'blue'
print(p.color, P.color)
print(vars(p))
del p.color
print(p.color)
