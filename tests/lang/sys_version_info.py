# sys.version_info for the modelled version.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[0] == 3)
print(type(sys.version_info.micro).__name__, sys.version_info.releaselevel)
print(len(sys.version_info), tuple(sys.version_info)[:2])
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
if sys.version_info >= (3, 12):
    print('3.12 or newer')
else:
    print('older than 3.12')
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(type(sys.modules).__name__, 'sys' in sys.modules)
print(sys.stdout is not None, hasattr(sys.stderr, 'write'), callable(sys.exit))
