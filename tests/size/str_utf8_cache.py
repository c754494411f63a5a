# str.encode() does not cache the UTF-8 form; using the string as a class name
# (type() needs its UTF-8 form) caches it, and sys.getsizeof grows by utf8_len + 1.
import sys
for s in (chr(233) * int('5'), chr(0x3a9) * int('4'), chr(0x1f600) * int('3'), 'abc' * int('3')):
    before = sys.getsizeof(s)
    s.encode('utf-8')
    after_encode = sys.getsizeof(s)
    type(s, (), {})
    after_type = sys.getsizeof(s)
    print(before, after_encode - before, after_type - before, len(s.encode('utf-8')))
