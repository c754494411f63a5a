# f-strings: expressions, conversions, nesting.
name = 'World'
n = 42
items = [1, 2, 3]
d = {'key': 'value'}
print(f'Hello, {name}!', f'{n}', f'{n + 1}', f'{n * 2}')
print(f'{name!r}', f'{name!s}', f'{items!r}', f'{"quoted"!r}')
print(f'{items[0]} {items[-1]} {d["key"]} {len(items)}')
print(f'{name.upper()} {name[::-1]} {", ".join(map(str, items))}')
print(f'{{braces}}', f'{{{n}}}', f'{"{"}', f'}}')
print(f'{n if n > 40 else 0}', f'{(lambda x: x * 2)(n)}', f'{[i * i for i in items]}')
print(f'{n=}', f'{name=}', f'{n + 1=}', f'{name = }')
print(f'{3.0}', f'{1e16}', f'{0.1 + 0.2}', f'{None}', f'{True}')
x = 7
print(f'{x:>{x}}|', f'{"nested":{"^"}{12}}|')
print(f'a' f'b{x}' 'c', F'upper F {x}', rf'raw\n{x}', fr'\t{x}')
print(f'''triple {
    x + 1
} quoted''')
s = 'multi'
print(f'{s}' * 2, f'{s:5}|', len(f'{s}'))
print(f'{"a" "b"}', f'{d}', f'{(1, 2)}', f'{ {1: 2} }')
