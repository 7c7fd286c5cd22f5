# list.index with start/stop and list.count
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.count(1), a.count(2), a.count(3), a.count(9), a.count(True))
print(a.index(2), a.index(2, 2), a.index(2, -3), a.index(1, 1), a.index(3, 0, 3))
print(a.index(2, -100), a.index(1, 4, 100), a.index(2, True))
for args in [(9,), (3, 3), (2, 6, 1), (1, 1, 3), (3, 0, -5), (2, 10 ** 20), (1, -10 ** 20, 10 ** 20)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (lambda: a.index(), lambda: a.index(1, 'a'), lambda: a.index(1, 0, 1.5), lambda: a.count(),
            lambda: a.count(1, 2), lambda: a.index(1, 2, 3, 4)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ['a', 'b'].index('c')
except ValueError as e:
    print(type(e).__name__, e)
try:
    [[1]].index([2])
except ValueError as e:
    print(type(e).__name__, e)
nan = float('nan')
b = [nan, 1]
print(b.count(nan), b.index(nan), nan in b)
class Eq:
    def __eq__(self, other):
        return True
print([1, 2, 3].count(Eq()), [5, 6].index(Eq()))
