# Assignment forms: chained, tuple/list targets, starred unpacking,
# augmented assignment on names, attributes and subscripts, del.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "ab"
print(p, q)
(r, (s, t)) = (1, (2, 3))
print(r, s, t)
a, *b, c = range(6)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = "xyz"
print(a, b)
first, *rest = (i * i for i in range(4))
print(first, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)
l = [0, 1, 2, 3]
l[0], l[1] = l[1], l[0]
print(l)
i = 0
i, l[i] = 2, 99
print(i, l)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d)
x = [1, 2, 3, 4, 5]
x[1:3] = ["a", "b", "c"]
print(x)
x[::2] = [0, 0, 0]
print(x)
del x[0]
print(x)
del x[::2]
print(x)


class O:
    pass


o = O()
o.n = 1
o.n += 10
o.n *= 2
print(o.n)
n = 7
n -= 2
n //= 2
n **= 3
n %= 5
n <<= 4
n >>= 1
n |= 1
n &= 0xFF
n ^= 3
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
t = (1,)
talias = t
t += (2,)
print(talias, t)
m = {"k": [1]}
m["k"] += [2]
m["c"] = 0
m["c"] += 5
print(m)
g = [[1, 2], [3, 4]]
g[1][0] *= 10
print(g)
f = 1.5
f /= 0.5
print(f)
del o.n
try:
    o.n
except AttributeError as e:
    print(type(e).__name__, e)
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
try:
    del zz
except NameError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    o.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)


def local_unbound():
    v += 1
    v = 0


try:
    local_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def local_del():
    w = 1
    del w
    return w


try:
    local_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)
x: int = 3
y: list
print(x, "y" in dir())
print(__annotations__)
