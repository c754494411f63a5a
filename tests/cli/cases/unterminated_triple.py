print("never")
x = """abc

foo
