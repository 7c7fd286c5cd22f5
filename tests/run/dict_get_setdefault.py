# dict.get / dict.setdefault / __getitem__ / KeyError
d = {'a': 1, 2: 'two', (1, 2): [3]}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(2, 'x'), d.get((1, 2)))
print(d.setdefault('a', 100), d.setdefault('new'), d.setdefault('n2', []), repr(d))
d.setdefault('n2').append(5)
print(d['n2'], d[2], d[(1, 2)])
for bad in (lambda: d['missing'], lambda: d[(1, 3)], lambda: d[[1]], lambda: d.get([1]), lambda: d.get(),
            lambda: d.get(1, 2, 3), lambda: d.setdefault(), lambda: d.setdefault({}, 1), lambda: {}[()]):
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print({1: 'int'}.get(1.0), {1: 'int'}.get(True), {0: 'z'}[False], {1.0: 'f'}[1])
try:
    {}['k']
except KeyError as e:
    print(repr(e), e.args)
