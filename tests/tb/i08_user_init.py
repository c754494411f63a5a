# test: full-stderr
class E(Exception):
    def __init__(self, a, b=2):
        self.a = a
e = E(1, b=3)
print(repr(e), e.args, str(e))
class F(Exception):
    def __init__(self, msg):
        super().__init__(msg, 42)
print(F("m"), repr(F("m")))
class G(Exception):
    def __str__(self):
        return "custom str"
raise G(1, 2)
