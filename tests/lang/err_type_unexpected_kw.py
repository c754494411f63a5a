# TypeError: unexpected keyword argument.
def render(template, *, strict=False):
    return template.upper() if strict else template
print(render('abc'))
print(render('abc', strict=True))
options = {'strict': True}
print(render('def', **options))
options['verbose'] = True
print(sorted(options))
print(render('ghi', **options))
