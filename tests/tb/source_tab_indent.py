# test: full-stderr
x = 1
if x:
	print(1/0)  
