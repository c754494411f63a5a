# test: full-stderr
# The whole chained traceback of "raise ... from ...".
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('could not parse config') from e
print('parsing')
value = parse('12')
print(value)
parse('twelve')
