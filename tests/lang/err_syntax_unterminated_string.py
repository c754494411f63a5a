# test: full-stderr
# SyntaxError: unterminated string literal.
greeting = 'hello'
name = 'world'
print(greeting, name)
def shout(s):
    return s.upper()
message = 'this string never ends
print(shout(message))
print('done')
