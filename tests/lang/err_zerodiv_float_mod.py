# ZeroDivisionError from float modulo.
def phase(angle, period):
    return angle % period
print(phase(370.0, 360.0), phase(-10.0, 360.0))
periods = [90.0, 45.0, 0.0]
for p in periods[:-1]:
    print(p, phase(100.0, p))
print('period zero')
print(phase(100.0, periods[-1]))
print('never reached')
