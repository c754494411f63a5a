# IndexError: pop from empty list.
stack = [1, 2]
print(stack.pop(), stack.pop())
print(stack, len(stack))
queue = [1]
print(queue.pop(0))
print(queue, bool(queue))
print('popping from an empty stack')
stack.pop()
print('never reached')
