# Extending an empty list with empty (and non-empty) sets, dicts and views
# (found by the fuzzer: pointer arithmetic on an empty list's NULL items).
a = []
a.extend(set())
a.extend(frozenset())
a.extend({})
a.extend({}.keys())
a.extend({}.values())
a.extend({}.items())
print(a, len(list(set())), list(frozenset()), list({}.items()))
a.extend({3})
a.extend({'k': 1}.items())
print(a)
print([x for x in set()], sorted({2, 1}))
