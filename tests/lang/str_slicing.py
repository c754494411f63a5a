# String slicing, including negative steps.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-2])
print(s[5:1:-1], s[5:1:-2], s[1:5:-1] == '', s[-1:-4:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], s[::-100])
print(s[8:-12:-3], s[-12:8:3], s[None:None:-1])
print(s[0], s[-1], s[len(s) - 1], s[-len(s)])
for step in (1, 2, 3, -1, -3, -4):
    print(step, s[::step], s[2:9:step], s[9:2:step])
sl = slice(1, 8, 3)
print(s[sl], s[slice(None, None, -2)], s[slice(4)])
u = 'héllo wörld'
print(u[::-1], u[1:4], u[-5:])
print('x'[::-1], ''[::-1], 'ab'[5:], 'ab'[-5:])
