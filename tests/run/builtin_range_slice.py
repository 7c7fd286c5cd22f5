# range() and slice() constructors
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)), len(range(-5, 5, 2)))
r = range(1, 10, 2)
print(r, r.start, r.stop, r.step, r[1], r[-1], 5 in r, 4 in r, list(reversed(r)))
print(range(True, 5)[0])
for args in [(), (1.5,), (1, 2, 0), (1, 2, 3, 4), ('a',)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(x=1)
except TypeError as e:
    print(e)
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1), [0, 1, 2, 3, 4, 5, 6][s], 'abcdef'[slice(None, None, -2)])
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
