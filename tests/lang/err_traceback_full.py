# test: full-stderr
# A full traceback through nested calls (3.11+ shows carets under expressions).
def level3(d):
    return d['missing'] + 1
def level2(d):
    value = level3(d)
    return value
def level1():
    data = {'present': 1}
    return level2(data)
print('calling level1')
level1()
