# map() and filter()
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
m = map(int, '123')
print(type(m).__name__, next(m), list(m), list(m), iter(m) is m)
f = filter(None, [1, 0, 2])
print(type(f).__name__, next(f), list(f))
for bad in [lambda: map(), lambda: map(str), lambda: map(str, 1), lambda: filter(None), lambda: filter(None, 1),
            lambda: list(map(int, ['x'])), lambda: map(str, [1], key=1), lambda: list(filter(len, [1]))]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
