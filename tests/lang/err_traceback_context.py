# test: full-stderr
# An exception raised while handling another: "During handling ..." chain.
def cleanup(resource):
    raise OSError(f'cleanup of {resource} failed')
def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup('db')
print('working')
work()
