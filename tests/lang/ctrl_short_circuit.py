# and/or return an operand, and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0)
print('a' and 'b' and 'c', 'a' and '' and 'c', None and crash_if_evaluated)
print(0 or None, [] or {}, 0.0 or -0.0, 'x' or crash_if_evaluated)
print(not 0, not 1, not '', not 'a', not None, not [], not [0])
log = []
def t(name, val):
    log.append(name)
    return val
r = t('a', 0) and t('b', 1)
print(r, log)
log.clear()
r = t('a', 1) and t('b', 0) and t('c', 1)
print(r, log)
log.clear()
r = t('a', 0) or t('b', '') or t('c', 'found') or t('d', 1)
print(r, log)
log.clear()
r = t('a', 1) and t('b', 0) or t('c', 'alt')
print(r, log)
name = ''
display = name or 'anonymous'
count = None
n = count or 0
print(display, n, 1 if 0 or 1 else 2)
print(True and 5, False or 0.0, (1, 2) and [], bool(0 or 'x'))
