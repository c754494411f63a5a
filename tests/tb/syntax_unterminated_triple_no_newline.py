# test: full-stderr
x = """abc

foo