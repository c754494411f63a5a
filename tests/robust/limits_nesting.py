# Deeply nested source: a Python error (which one, and its text, varies by
# version), never a crash, and the program goes on.
def t(label, src):
    try:
        compile(src, "<nest>", "eval")
        print(label, "compiled")
    except (SyntaxError, MemoryError, RecursionError):
        print(label, "refused with a Python error")

t("parens 5000", "(" * 5000 + ")" * 5000)
t("lists 300", "[" * 300 + "]" * 300)
t("calls 1000", "f(" * 1000 + ")" * 1000)
t("unclosed 1000", "(" * 1000)
t("minus 100000", "-" * 100000 + "1")
t("not 100000", "not " * 100000 + "1")
t("pow 10000", "**".join(["2"] * 10000))
t("attrs 100000", "a" + ".b" * 100000)
print("still running")
