# test: full-stderr
raise ValueError("line one\nline two")
