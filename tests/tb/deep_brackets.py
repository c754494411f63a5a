# Deeply nested brackets: 3.8's parser stack overflows at about 100 (a bare
# MemoryError, with a notice on stderr), later versions stop at 200
for src in ["x = " + "(" * 99 + ")" * 99, "x = " + "(" * 100 + ")" * 100,
            "x = " + "[" * 150 + "]" * 150, "x = " + "f(" * 100 + ")" * 100,
            "x = " + "(" * 250 + ")" * 250, "x = " + "{1:" * 60 + "1" + "}" * 60]:
    try:
        compile(src, "<deep>", "exec")
        print("ok")
    except (MemoryError, SyntaxError) as e:
        print(type(e).__name__, e)
