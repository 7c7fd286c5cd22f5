# iterating ranges: for loops, unpacking, large steps, negative ranges
total = 0
for i in range(10, 0, -3):
    total += i
    print(i, end=' ')
print(total)
a, b, c = range(3)
print(a, b, c)
print(list(range(-5, 5, 4)), list(range(5, -5, -4)), list(range(0, 1, 10)), list(range(0, 10 ** 18, 10 ** 17))[-1])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True), [x * 2 for x in range(4)])
print(list(zip(range(3), range(10, 13))), dict(zip(range(2), 'ab')), list(enumerate(range(5, 7))))
r = range(3)
print(list(r), list(r), tuple(r))
