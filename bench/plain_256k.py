# 256K instances of a plain two-attribute class, kept alive in a list,
# then read back (the "how big is a million objects" lesson at 1/4 scale).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(i, -i) for i in range(256 * 1024)]
total = 0
for p in points:
    total += p.x - p.y
print(len(points), total)
