# test: full-stderr
raise AttributeError("custom message")
