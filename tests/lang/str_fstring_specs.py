# f-string format specs.
x = 1234567.891
n = 255
s = 'mid'
print(f'{n:,}', f'{10 ** 9:,}', f'{-1234:,}', f'{x:,.2f}', f'{x:_.1f}')
print(f'{x:08.3f}', f'{3.14159:08.3f}', f'{-3.14159:08.3f}', f'{2.5:08.3f}')
print(f'[{s:^10}]', f'[{s:<10}]', f'[{s:>10}]', f'[{s:*^10}]', f'[{n:^10}]')
print(f'{n:x}', f'{n:X}', f'{n:#x}', f'{n:08x}', f'{n:b}', f'{n:o}', f'{n:#o}')
print(f'{n:e}', f'{x:.3e}', f'{x:g}', f'{0.000012345:g}', f'{0.123:.1%}', f'{x:.2%}')
width, prec = 12, 3
print(f'[{x:{width}.{prec}f}]', f'[{s:>{width}}]', f'[{n:{"<"}{width}d}]')
print(f'{n!r:>6}|', f'{s!r:^9}|', f'{"x"!r:*<5}|')
print(f'{True:d}', f'{True}', f'{False!r}', f'{None!s:>5}|')
for v in (0, 5, 50, 500, 5000):
    print(f'{v:5d}|{v:<5}|{v:05}|{v:+5}|{v/3:7.2f}|')
print(f'{-0.0:.1f}', f'{1/3:.10f}', f'{2/3:.0f}', f'{12:.1f}')
