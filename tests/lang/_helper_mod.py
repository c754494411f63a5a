# Helper module imported by the mod_* tests (not a test itself: starts with "_").
print('loading _helper_mod, __name__ =', __name__)
VERSION = '1.2'
_private = 'hidden from star-import'
counter = 0
def greet(name):
    return f'hello {name} from {__name__}'
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return f'Shape({self.sides})'
class HelperError(Exception):
    pass
if __name__ == '__main__':
    print('never printed when imported')
