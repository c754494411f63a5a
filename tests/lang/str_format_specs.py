# format() mini-language corners.
for n in (0, 7, -7, 1234567, -1234567):
    print(f'{n:d}|{n:6d}|{n:<6d}|{n:^7d}|{n:+d}|{n: d}|{n:06d}|{n:=8d}|{n:,}|')
for n in (0, 10, 255, 4096, -255):
    print(f'{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:08b}|{n:#010x}|')
for x in (0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e21):
    print(f'{x}|{x:f}|{x:.1f}|{x:e}|{x:g}|{x:.3g}|{x:%}|{x:10.2f}|{x:+.2e}|')
for s in ('', 'a', 'abc', 'abcdefgh'):
    print(f'[{s:5}][{s:>5}][{s:^5}][{s:_<5}][{s:.2}][{s:>7.3}]')
print(format(True, 'd'), format(True, ''), format(False, '>6'), format(None, ''))
print(format(12345.6789, ',.2f'), format(0.5, '.0%'), format(-0.0, '.1f'))
print(format(5, 'n'), format(3.0, 'n'), format(1e6, 'n'))
print(f'{1234567.891:_.2f}', f'{255:_b}', f'{2 ** 32:_x}')
print(f'{"x":=^9}', f'{-3:=5}', f'{3:=+5}', f'{3.5:=+8.2f}')
