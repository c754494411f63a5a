# Sorting with composite keys.
people = [
    {'name': 'Ann', 'dept': 'eng', 'salary': 120},
    {'name': 'Bob', 'dept': 'ops', 'salary': 90},
    {'name': 'Cid', 'dept': 'eng', 'salary': 100},
    {'name': 'Dee', 'dept': 'ops', 'salary': 90},
    {'name': 'Eva', 'dept': 'hr', 'salary': 95},
]
for p in sorted(people, key=lambda p: (p['dept'], -p['salary'], p['name'])):
    print(p['dept'], p['salary'], p['name'])
print([p['name'] for p in sorted(people, key=lambda p: p['salary'])])
print(max(people, key=lambda p: p['salary'])['name'], min(people, key=lambda p: p['name'])['name'])
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(set(words), key=words.index))
matrix = [[3, 1], [1, 2], [2, 0], [1, 1]]
matrix.sort()
print(matrix)
matrix.sort(key=lambda row: row[1], reverse=True)
print(matrix)
print(sorted(range(-5, 6), key=lambda v: (v % 3, v)))
print(sorted(['10', '9', '100', '1'], key=int), sorted(['10', '9', '100', '1']))
