# tuple.count / tuple.index with bounds and errors
t = (1, 2, 3, 2, 1, 2.0, True, 'a')
print(t.count(1), t.count(2), t.count('a'), t.count(None), t.count(True))
print(t.index(2), t.index(2, 2), t.index(2, -4), t.index('a'), t.index(1, 1, 5))
for args in [(9,), (3, 3), (2, 6, 1), ('b',), (1, 100)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (lambda: t.index(), lambda: t.index(1, 'x'), lambda: t.count(), lambda: t.count(1, 2),
            lambda: tuple.count([], 1), lambda: tuple.index()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(().count(1), (None,).index(None), ((1, 2),).index((1, 2)))
print(t.__len__(), t.__contains__('a'), t.__contains__('z'))
