# tuple +, *, comparisons, hash, containment, repr
a = (1, 2)
print(a + (3,), a * 2, 2 * a, a * 0, a * -1, () + (), (1,) * 3, a * True)
for bad in (lambda: a + [3], lambda: a + 'x', lambda: a * 'x', lambda: a * 1.5, lambda: a - a, lambda: a < 1):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1,) == (1.0,), (1, (2,)) == (1, (2,)))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), 3)), hash((-1, -2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(2 in a, 3 in a, len(a), bool(()), repr((1,)), repr(()), repr(((),)), str((1, 'a')))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}), tuple(), tuple(x for x in ()))
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
x = (1, 2)
x += (3,)
x *= 2
print(x)
print((1, 2) * (10 ** 0), list(reversed((1, 2, 3))))
