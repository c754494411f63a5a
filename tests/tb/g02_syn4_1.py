# test: full-stderr
cases = [
    lambda: SyntaxError("bad thing", ("file.py", 3, 5, "    x = (1 +\n")),
    lambda: SyntaxError("bad thing", ("file.py", 3, 50, "x = 1\n")),
    lambda: SyntaxError("bad thing", ("file.py", 3, None, "x = 1\n")),
    lambda: SyntaxError("bad thing", (None, 3, 2, "x = 1")),
    lambda: IndentationError("indent", ("f.py", 2, 3, "  y = 2\n")),
    lambda: SyntaxError("tabs", ("f.py", 1, 4, "\t\tx = $\n")),
    lambda: SyntaxError("neg", ("f.py", 1, -3, "abc\n")),
    lambda: SyntaxError("multi", ("f.py", 1, 9, "abc\ndef ghi\n")),
]
raise cases[1]()
