# test: full-stderr
d = {'a': {'b': 1}}
val = (d['a']
        ['c'])
