# slice objects: attributes, repr, indices, comparisons, hash
s = slice(1, 10, 2)
print(repr(s), s.start, s.stop, s.step, repr(slice(5)), repr(slice(None)), repr(slice('a', [1], None)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(0) < slice(1), slice(2, 3) >= slice(2, 3), slice(1, 2, 3) > slice(1, 2, 2))
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1) < slice(None)
except TypeError as e:
    print(type(e).__name__, e)
for sl in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100, 3), slice(8, 2, -2), slice(5, 1)):
    print(sl.indices(10), sl.indices(0), sl.indices(3))
for bad in (lambda: s.indices(), lambda: s.indices(-1), lambda: slice(1, 2, 0).indices(5), lambda: slice('a').indices(3),
            lambda: s.indices('x'), lambda: slice(), lambda: slice(1, 2, 3, 4)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([0, 1, 2, 3, 4][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)])
print(slice(True, False).indices(5), slice(10 ** 20, -10 ** 20, -1).indices(4))
