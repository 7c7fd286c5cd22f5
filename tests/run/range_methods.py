# range.count / range.index / in, fast path for ints and generic path
r = range(0, 30, 3)
print(r.count(9), r.count(10), r.count(9.0), r.count(True), r.count('a'))
print(r.index(0), r.index(27), r.index(9.0))
for x in (10, 30, -3, 'a', 3.5, None):
    try:
        print(r.index(x))
    except ValueError as e:
        print(type(e).__name__, e)
print(9 in r, 10 in r, 9.0 in r, 'x' in r, 30 in r, -3 in r, True in range(2), False in range(1, 3))
n = range(10, -10, -4)
print(list(n), 6 in n, 7 in n, -10 in n, n.index(-6), n.count(2))
for bad in (lambda: r.index(), lambda: r.count(), lambda: r.index(1, 2), lambda: range.count(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
big = range(0, 10 ** 15, 7)
print(len(big), 7 * 10 ** 13 in big, big.index(7 * 10 ** 13), big[-1], big[10 ** 12])
print(r.__contains__(3), r.__contains__(4))
