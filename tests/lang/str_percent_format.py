# printf-style % formatting.
x = 3.14159
print('%5.2f' % x, '%-7.1f|' % x, '%07.3f' % x, '%+.2f' % x, '% .2f' % x)
print('%d %s %r' % (42, 'str', 'str'), '%s' % [1, 2], '%s' % (('tuple',),))
print('%5d|%-5d|%05d|%+d' % (42, 42, 42, 42), '%i' % 3.99, '%d' % -0.5)
print('%x %X %#x %o %#o' % (255, 255, 255, 8, 8), '%e' % 12345.678, '%.3E' % 0.00012)
print('%g %g %g' % (0.00001, 123456789.0, 100.0), '%G' % 1e-20)
print('%c%c%c' % (72, 'i', 33), '%%', '100%%' % (), '%s%%' % 50)
print('%(name)s is %(age)d years' % {'name': 'Bob', 'age': 30})
print('%(a)s %(a)r %(b)05.1f' % {'a': 'x', 'b': 2.25})
print('%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 1.23456))
print('%s' % None, '%s %s' % (True, False), '%d' % True, '%r' % 1.0)
print('%10s|%-10s|%.2s' % ('right', 'left', 'truncate'))
print('%s' % 'only', '%s' % ('only',), '%s-%s' % ('a', 'b'))
print('%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '%.15g' % 0.1, '%.17g' % 0.1)
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % (1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
