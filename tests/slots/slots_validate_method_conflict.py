# A slot name that is also a method name.
class P:
    __slots__ = ('run',)
    def run(self):
        pass
