# union / intersection / difference / symmetric_difference: methods and operators
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b), a.union(), a.union([10], (11,), range(12, 14)), a.union(a))
print(a.intersection(b), a.intersection(), a.intersection(range(3), [2, 3]), a.intersection(a), a.intersection({}))
print(a.difference(b), a.difference(), a.difference([1], {2}), a.difference(a), a.difference({4: 0}))
print(a.symmetric_difference(b), a.symmetric_difference([1, 99]), a.symmetric_difference(a), a.symmetric_difference({9: 0}))
big = set(range(100))
print(big & {5, 500}, {5, 500} & big, len(big - {1}), {1, 2, 300} - big, set(range(40)) - {1, 2})
for bad in (lambda: a | [1], lambda: a & (1,), lambda: a - [1], lambda: a ^ 'x', lambda: [1] | a, lambda: a + a,
            lambda: a.union(1), lambda: a.intersection(5), lambda: a.difference(None), lambda: a.symmetric_difference(),
            lambda: a.union(x=1), lambda: a.symmetric_difference(3)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(a, b)
