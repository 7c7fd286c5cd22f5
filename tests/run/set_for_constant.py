# `for x in {constants}` iterates a frozenset constant (CPython folds the display)
for x in {5, 13, 21, 29, 37}:
    print(x, end=' ')
print()
print([x for x in {-1, -2, -3, -4, -5, -6}])
print(list(x * 2 for x in {40, 8, 24, 16, 32}))
print({x for x in {1, 9, 17, 25, 33, 41}})
print([(x, y) for x in {1, 2} for y in {10, 20, 30}])
n = 3
for x in {n, 1, 2}:
    print(x, end=' ')
print()
print({1, 9, 17, 25, 33, 41}, {-1, -2, -3, -4, -5, -6})
