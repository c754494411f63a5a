# sys.argv holds the script name as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], type(sys.argv).__name__)
print(sys.argv[1:])
script = sys.argv[0]
print(script.endswith('.py'), script.split('/')[-1])
args = sys.argv[1:] or ['default']
for a in args:
    print('arg:', a)
sys.argv.append('extra')
print(sys.argv[-1], len(sys.argv))
