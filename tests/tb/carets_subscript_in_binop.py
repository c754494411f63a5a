# test: full-stderr
x = [1,2,3]
print(x[1] + x[2] + x[10])
