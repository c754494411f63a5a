# test: full-stderr
def greet(name, greeting):
    return greeting + ", " + name
greet("bob")
