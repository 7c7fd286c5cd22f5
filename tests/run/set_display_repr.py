# set displays, comprehensions, constructors and repr (int elements: order is CPython's table order)
print({3, 1, 2}, {1, 1, 1}, set(), frozenset(), {0}, {-1, -2, -3}, {10 ** 20, 5})
print({x * 7 % 50 for x in range(30)})
print({*range(3), *[10, 20], 30}, {*()}, {*{5: 0}})
print(set([9, 8, 7]), set(range(12)), set((5, 5, 6)), set({1: 'a', 2: 'b'}), set(x for x in [4, 4, 3]))
print(frozenset([3, 2, 1]), frozenset(range(9, 0, -2)), repr(frozenset({frozenset()})))
print({(1, 2), (3, 4)}, {1.5, 2.5}, {True, 2}, {1, True, 1.0}, {0, False})
print(set(range(100, 0, -9)), set(range(-50, 50, 13)))
for bad in (lambda: set(1), lambda: set([], []), lambda: set(a=1), lambda: frozenset(a=1), lambda: frozenset(1, 2),
            lambda: {[]}, lambda: {{}}, lambda: set([[1]]), lambda: frozenset([{1}])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({*1})
except TypeError as e:
    print(type(e).__name__, e)
print(type({1}).__name__, type(frozenset()).__name__, type(iter({1})).__name__, len({1, 2, 2}), bool(set()), bool({0}))
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) == f, set(f) is f)
