# range construction, repr, len, attributes, indexing, errors
for r in (range(5), range(2, 8), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 1), range(-5, -1), range(0, -10, -3)):
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-5], r[True])
for key in (5, -6, 'a', 1.5):
    try:
        print(r[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for args in ((), (1, 2, 3, 4), (1, 2, 0), ('a',), (1.5,), (1, 'b')):
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.start = 1
except AttributeError as e:
    print(type(e).__name__)
print(range(True), range(2, True), list(range(-3, 3)), list(range(3, -3, -1)))
