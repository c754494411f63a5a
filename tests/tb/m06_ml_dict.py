# test: full-stderr
config = {
    "a": 1,
    "b": 2 / 0,
}
