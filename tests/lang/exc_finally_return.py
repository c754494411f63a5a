# return/break/continue interacting with finally.
def return_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(return_in_finally())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
def finally_sees_return():
    x = 'initial'
    try:
        return x
    finally:
        x = 'modified'
        print('finally ran, x =', x)
print(finally_sees_return())
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop_with_finally())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('iteration', n)
print(counter())
