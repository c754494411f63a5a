# test: full-stderr
x = 1
s = "é€abc  
print("never")
