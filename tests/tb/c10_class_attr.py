# test: full-stderr
class User:
    name = "x"
User.nme
