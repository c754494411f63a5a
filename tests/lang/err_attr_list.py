# AttributeError on a list: lists have append, not push.
stack = []
stack.append(1)
stack.append(2)
print(stack, len(stack))
print(hasattr(stack, 'push'), hasattr(stack, 'append'))
print(stack.pop())
print('calling [].foo')
[].foo
print('never reached')
