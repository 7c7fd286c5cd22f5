# set comprehensions and displays with non-constant elements
print({x % 5 for x in range(20)}, {x * 3 for x in range(8)}, {(x, x % 2) for x in range(3)} == {(0, 0), (1, 1), (2, 0)})
n = 3
print({n, n + 1, n * 10}, {-n, n}, {x for x in []}, {len(s) for s in [[1], [1, 2], []]})
print({x for x in range(50) if x % 7 == 0})
print({y for x in range(4) for y in range(x)})
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = 64, 128, 0
print({a, b, c}, {0, 64, 128}, {c, a, b})
