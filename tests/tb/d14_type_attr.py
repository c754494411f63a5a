# test: full-stderr
class Base:
    def compute(self): pass
class Child(Base):
    pass
Child.compte
