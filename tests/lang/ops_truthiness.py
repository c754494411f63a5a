# Truth values of built-in objects.
values = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), '', ' ', '0', [], [0], [[]], (), (0,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, b'', b'\x00']
for v in values:
    print(repr(v), bool(v), not v, 'T' if v else 'F')
print(sum(1 for v in values if v), len(values))
print(bool(print), bool(int), bool(object()), bool(Exception()))
items = []
print('empty' if not items else 'non-empty', items or 'default')
count = 0
while items or count < 2:
    count += 1
print(count)
