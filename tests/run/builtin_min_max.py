# min() and max(): iterables, several arguments, key, default, errors
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2), min('hello'), max('hello'))
print(min([1, 1.0]), max([1.0, 1]), min([2, 1], key=lambda x: -x), max(['a', 'bbb', 'cc'], key=len))
print(min([], default='empty'), max([], default=None), min([5], default=0), max((1, 2), (1, 3)))
print(max([(1, 'b'), (1, 'a')]), min('abc', 'abd'), max(range(10), key=lambda x: x % 4))
pairs = [(1, 'x'), (0, 'y'), (1, 'z')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]), min(iter([4, 2, 8])))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0),
             lambda: min([1, 'a']), lambda: max([1], foo=2), lambda: min(key=len), lambda: max([], key=len)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
