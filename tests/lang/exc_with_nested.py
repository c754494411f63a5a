# Multiple context managers: enter/exit order and exception flow.
log = []
class CM:
    def __init__(self, name, swallow=False, fail_enter=False):
        self.name, self.swallow, self.fail_enter = name, swallow, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f'{self.name} failed to enter')
        log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else "-"}')
        return self.swallow
with CM('a') as a, CM('b') as b:
    log.append(f'body {a.name}{b.name}')
print(log)
log.clear()
with CM('outer', swallow=True):
    with CM('inner'):
        raise ValueError
    log.append('never')
print(log)
log.clear()
try:
    with CM('first'), CM('second', fail_enter=True):
        log.append('never')
except RuntimeError as e:
    log.append(str(e))
print(log)
log.clear()
with CM('x'), CM('y', swallow=True), CM('z'):
    raise KeyError('k')
print(log)
log.clear()
with (CM('p') as p,
      CM('q') as q):
    log.append('parenthesized')
print(log)
