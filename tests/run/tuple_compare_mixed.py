# lexicographic tuple comparison with mixed element types
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) < (1, 0), (1, 'a') < (2, 'a'), (1, 'a') < (1, 'b'))
print((0.5, 1) < (1,), (1, 2, 3) > (1, 2), (None,) == (None,), ((1, 2),) < ((1, 3),), () == ())
for bad in (lambda: (1, 'a') < (1, 2), lambda: (None,) < (None,), lambda: () < [], lambda: (1,) <= 1):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), max((1, 5), (1, 9)), min([(3,), (1, 2)]))
print((1, float('nan')) == (1, float('nan')))
nan = float('nan')
print((1, nan) == (1, nan), (nan,) < (nan,))
