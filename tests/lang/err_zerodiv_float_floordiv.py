# ZeroDivisionError from float floor division.
def steps(distance, stride):
    return distance // stride
print(steps(10.5, 2.0), steps(-10.5, 2.0))
strides = [2.5, 0.5, 0.0]
for s in strides[:-1]:
    print(s, steps(7.0, s))
print('stride zero')
print(steps(7.0, strides[-1]))
print('never reached')
