# list +, *, comparisons, in, len, bool
a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -2, [] * 5, a * True)
for bad in (lambda: a + (1,), lambda: a + 'x', lambda: a * 'x', lambda: 'x' * 2.0 if False else a * 2.0,
            lambda: 2.0 * a, lambda: a * None, lambda: a - a, lambda: a < 1):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] < [0], [1] == [1.0], [1] != [1])
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]], ['a'] < ['b'])
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(2 in a, 5 in a, 5 not in a, [2] in [[2]], len(a), bool(a), bool([]))
x = [1]
x *= 3
print(repr(x))
y = x
y *= 0
print(repr(x), x is y)
z = [1, 2]
z *= -1
print(repr(z))
try:
    z *= 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * (10 ** 30))
except OverflowError as e:
    print(type(e).__name__, e)
print([0] * 3 == [0, 0, 0], [[]] * 2)
