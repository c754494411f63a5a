# test: full-stderr
Data = 1
print(data)
