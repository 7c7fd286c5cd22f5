# list iteration is live; reversed() of a list
a = [1, 2, 3]
for x in a:
    if x < 3:
        a.append(x + 10)
print(repr(a))
it = iter(a)
print(next(it), next(it))
a.clear()
print(list(it))
b = [1, 2, 3, 4]
r = reversed(b)
print(type(r).__name__, next(r))
b.pop()
b.pop()
print(list(r))
print(list(reversed([])), list(reversed([1])), list(reversed(range(0))))
c = [1, 2, 3]
rc = reversed(c)
c.append(4)
print(list(rc))
d = [1, 2, 3]
print(list(d.__reversed__()), d.__len__(), d.__contains__(2), d.__contains__(7))
e = []
for i, x in enumerate([10, 20, 30]):
    e.append((i, x))
print(e)
