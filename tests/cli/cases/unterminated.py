print("never")
x = "abc
