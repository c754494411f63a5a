# test: full-stderr
class Outer:
    class Inner(Exception):
        pass
raise Outer.Inner("deep")
