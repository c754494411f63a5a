# sys.exit(3) ends the program with status 3 after running finally blocks.
import sys
print('before exit')
def cleanup():
    try:
        print('in try')
        sys.exit(3)
    finally:
        print('finally runs on sys.exit')
try:
    cleanup()
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print('no-arg code:', e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print('zero code:', e.code)
sys.stdout.write('last line\n')
sys.exit(3)
print('never printed')
