# test: full-stderr
def 関数(a, b):
    return a + b
結果 = 関数(
    "文字",
    1)
