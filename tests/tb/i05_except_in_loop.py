# test: full-stderr
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        pass
raise KeyError("after")
