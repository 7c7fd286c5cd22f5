# repetition copies references, not objects
row = [0] * 3
grid = [row] * 2
grid[0][1] = 5
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][1] = 5
print(grid2, grid2[0] is grid2[1])
x = [[]] * 3
x[0].append(1)
print(x)
y = [1, 2] * 3
y[0] = 9
print(y)
z = [] * 100
print(z, [None] * 4, ['ab'] * 2)
