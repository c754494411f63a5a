# test: full-stderr
class P:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.itmes.append(x)
P().add(1)
