# list.remove, list.clear, list.copy, list.reverse
a = [3, 1, 2, 1, 3]
a.remove(1)
print(repr(a))
a.remove(3)
print(repr(a))
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
b = a.copy()
b.append('new')
print(repr(a), repr(b), a is b)
a.reverse()
print(repr(a))
a.clear()
print(repr(a), len(a))
c = [[1], [2]]
d = c.copy()
d[0].append(5)
print(repr(c), repr(d))
e = list(range(7))
e.reverse()
print(repr(e))
for bad in (lambda: [].remove(), lambda: [].clear(1), lambda: [].copy(1), lambda: [].reverse(1),
            lambda: list.clear(()), lambda: list.copy({})):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
f = [1, 2.0, True]
f.remove(1.0)
print(repr(f))
f.remove(1)
print(repr(f))
print([].copy(), [None].copy())
