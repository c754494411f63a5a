# UnboundLocalError: a local read before assignment.
count = 10
def report():
    print('reading global-looking name')
    total = count + 1
    count = total
    return count
def ok():
    return count + 1
print(ok())
print('calling report')
report()
print('never reached')
