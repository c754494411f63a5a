# Latin-1, BMP and astral strings (the UTF-8 form is never requested here).
import sys
cases = [
    ('latin1-1', chr(233)),
    ('latin1-2', 'a' + chr(233)),
    ('latin1-10', chr(233) * 10),
    ('latin1-255', chr(255) * 3),
    ('bmp-1', chr(0x3a9)),
    ('bmp-2', 'a' + chr(0x3a9)),
    ('bmp-10', chr(0x3a9) * 10),
    ('bmp-cjk', chr(0x4e2d) * 4),
    ('astral-1', chr(0x1f600)),
    ('astral-2', 'a' + chr(0x1f600)),
    ('astral-10', chr(0x1f600) * 10),
    ('mixed', 'a' + chr(233) + chr(0x3a9) + chr(0x1f600)),
]
for name, s in cases:
    print(name, len(s), sys.getsizeof(s))
