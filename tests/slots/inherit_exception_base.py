# Exception subclass with slots still has a __dict__ (from BaseException).
class MyErr(Exception):
    __slots__ = ('code',)
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

e = MyErr('bad', 7)
print(e, e.code, e.args)
e.note = 'extra'
print(e.note, hasattr(e, '__dict__'))
print('code' in MyErr.__dict__)
try:
    raise e
except MyErr as caught:
    print('caught', caught.code)
raise MyErr('final', 1)
