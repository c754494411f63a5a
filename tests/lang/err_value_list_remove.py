# ValueError from list.remove of a missing value.
todo = ['wash', 'cook', 'clean']
todo.remove('cook')
print(todo)
todo.append('shop')
print(todo, len(todo))
print('sleep' in todo)
print('removing something not there')
todo.remove('sleep')
print('never reached')
