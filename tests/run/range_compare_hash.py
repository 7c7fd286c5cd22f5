# range equality compares the sequences; hash agrees with equality
print(range(0) == range(5, 5), range(0) == range(2, 1, 3), range(1, 2) == range(1, 5, 10))
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) == range(0, 10, 3), range(3) != range(3))
print(range(3) == [0, 1, 2], range(3) == (0, 1, 2), range(1) == range(1, 2, 5))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(0)) == hash(range(4, 2)))
print(hash(range(1, 2)) == hash(range(1, 3, 7)), hash(range(3, 10)), hash(range(0, 100, 7)))
for bad in (lambda: range(3) < range(4), lambda: range(1) >= range(1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
d = {range(3): 'a'}
print(d[range(0, 3)], range(0, 3, 1) in d, {range(2), range(0, 2)} == {range(2)})
