# NameError for a misspelled builtin: "Did you mean: 'print'?"
values = [3, 1, 2]
ordered = sorted(values)
print(ordered)
def show(items):
    for item in items:
        print('item', item)
show(ordered)
maximum_value = max(values)
print(maximum_value)
pritn(maximum_value)
