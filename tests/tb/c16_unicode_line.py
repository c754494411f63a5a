# test: full-stderr
名前 = {"キー": 1}
print(名前["値"])
