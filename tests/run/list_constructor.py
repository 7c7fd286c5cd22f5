# list() from many iterables, and its errors
print(list(), list([1, 2]), list((3,)), list('abc'), list(range(4)), list({5: 'x', 6: 'y'}), list({7: 1}.items()))
print(list(x * x for x in range(4)), list(iter([9, 8])), list(reversed([1, 2])), list(enumerate('ab')), list(zip([1], [2])))
a = [1, 2]
b = list(a)
print(b == a, b is a)
for bad in (lambda: list(1), lambda: list(None), lambda: list([], []), lambda: list(x=1)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(list(frozenset([3])), list(set()), len(list(range(1000))))
