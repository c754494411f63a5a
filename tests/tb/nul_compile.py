# NUL bytes in source strings: ValueError in 3.8-3.10, SyntaxError after
for src in ("x=1\0", b"x=1\0"):
    for f in (compile, exec, eval):
        try:
            if f is compile:
                compile(src, "s", "exec")
            else:
                f(src)
        except (SyntaxError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    import _tb_nul_mod
except (SyntaxError, ValueError) as e:
    print("import", type(e).__name__, e, getattr(e, "lineno", None))
