# enumerate() and zip()
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 5)))
print(list(enumerate('ab', 2**70)), type(enumerate([])).__name__)
e = enumerate('xy')
print(next(e), iter(e) is e, list(e), list(e))
print(list(zip('abc', [1, 2, 3])), list(zip('ab', 'xyz', [0])), list(zip()), list(zip('a')), type(zip()).__name__)
print(list(zip('ab', 'cd', strict=True)), dict(zip('ab', range(2))))
for bad in [lambda: list(zip('ab', 'c', strict=True)), lambda: list(zip('a', 'bc', strict=True)),
            lambda: list(zip('ab', 'ab', 'a', strict=True)), lambda: zip(1), lambda: zip('a', None),
            lambda: enumerate(1), lambda: enumerate('a', 'b'), lambda: enumerate(), lambda: zip(x=1),
            lambda: enumerate('a', start=1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
z = zip([1, 2], [3])
print(next(z), list(z))
