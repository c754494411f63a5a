# AttributeError on a user instance with no close match.
class Config:
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
print(c.debug, c.level)
c.level += 1
print(vars(c))
print(getattr(c, 'missing', 'fallback'))
print('reading c.zzz_unrelated')
print(c.zzz_unrelated)
