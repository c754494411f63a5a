# User-defined exception classes.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f'bad config {self.key!r}: {self.reason}'
class Quiet(AppError):
    pass
try:
    raise ConfigError('port', 'not a number')
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, repr(e))
for exc in (AppError(), AppError('one'), AppError('one', 2), Quiet([1, 2])):
    print(repr(exc), '|', str(exc), '|', exc.args)
try:
    raise Quiet
except Exception as e:
    print(type(e).__name__, isinstance(e, AppError), repr(e))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault()), WithDefault('custom'))
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuper(404)
print(e.code, e.args, repr(str(e)))
print([c.__name__ for c in ConfigError.__mro__])
