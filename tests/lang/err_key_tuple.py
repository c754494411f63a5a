# KeyError with a tuple key.
grid = {(0, 0): 'origin', (1, 2): 'point'}
print(grid[0, 0], grid[(1, 2)])
print((2, 2) in grid, grid.get((2, 2)))
for k in sorted(grid):
    print(k, grid[k])
print(len(grid), sorted(grid.values()))
print('looking up (3, 4)')
print(grid[3, 4])
print('never reached')
