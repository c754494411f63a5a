# test: full-stderr
cases = [
    lambda: SyntaxError("bad thing", ("file.py", 3, 5, "    x = (1 +\n", 3, 9)),
    lambda: SyntaxError("bad thing", ("file.py", 3, 5, "x = 1\n", 4, 2)),
    lambda: SyntaxError("bad thing", ("file.py", 3, 50, "x = 1\n", 3, 60)),
    lambda: SyntaxError("bad thing", ("file.py", 3, None, "x = 1\n", 3, 2)),
    lambda: SyntaxError("bad thing", (None, 3, 2, "x = 1\n", 3, 3)),
    lambda: SyntaxError("only msg"),
    lambda: SyntaxError(),
    lambda: IndentationError("indent", ("f.py", 2, 3, "  y = 2\n", 2, 6)),
    lambda: SyntaxError("tabs", ("f.py", 1, 4, "\t\tx = $\n", 1, 5)),
    lambda: SyntaxError("", ("f.py", 1, 2, "abc\n", 1, 3)),
    lambda: SyntaxError("neg", ("f.py", 1, -3, "abc\n", 1, 3)),
    lambda: SyntaxError("zero", ("f.py", 1, 0, "abc\n", 1, 0)),
]
raise cases[7]()
