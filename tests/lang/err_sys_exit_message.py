# sys.exit('message'): the message goes to stderr and the status is 1.
import sys
def main(args):
    if not args:
        sys.exit('usage: prog FILE')
    return 0
print('checking arguments')
print(sys.argv[1:])
try:
    sys.exit('caught exit')
except SystemExit as e:
    print('caught:', e.code)
main(sys.argv[1:])
print('never reached')
