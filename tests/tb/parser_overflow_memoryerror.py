# Source too deep for the parser: a bare MemoryError before 3.12
try:
    exec("x = " + "-" * 100000 + "1")
except MemoryError as e:
    print(type(e).__name__, e.args)
