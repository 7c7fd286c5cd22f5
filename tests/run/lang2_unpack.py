def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def u1(v):
    a, b, c = v
    return a, b, c
def u2(v):
    a, b = v
    return a, b
def u3(v):
    a, *b, c = v
    return a, b, c
def u4(v):
    *a, b, c, d = v
    return a, b, c, d
def u5(v):
    (a, b), [c, *d] = v
    return a, b, c, d
t(lambda: u1([1, 2]))
t(lambda: u1([1, 2, 3, 4]))
t(lambda: u1("ab"))
t(lambda: u1(iter([1])))
t(lambda: u1(x for x in range(5)))
t(lambda: u2([1]))
t(lambda: u2([]))
t(lambda: u2((1, 2, 3)))
t(lambda: u2(5))
t(lambda: u2(None))
t(lambda: u2({"a": 1, "b": 2}))
t(lambda: u2({1, 1}))
t(lambda: u3([1]))
t(lambda: u3([1, 2]))
t(lambda: u3(range(6)))
t(lambda: u3("xyz"))
t(lambda: u4([1, 2]))
t(lambda: u4([]))
t(lambda: u4(range(3)))
t(lambda: u5([(1, 2), [3, 4, 5]]))
t(lambda: u5([(1, 2), [3]]))
t(lambda: u5([(1, 2)]))
t(lambda: u5([(1,), []]))
t(lambda: u5([1, [3]]))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
x = [1, 2, 3]
x[0], x[1] = x[1], x[0]
print(x)
[a, [b, *c]] = (1, "xyz")
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = [1]
print(init, last)
(*star,) = (1, 2)
print(star)
a = b = c = [5]
print(a is b is c)
a, b = c = 1, 2
print(a, b, c)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
print([(a, b) for a, b in zip("ab", "cd")])
d = {}
d["x"], d["y"] = "xy"
print(d)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{"k": 1}], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[], 1))
print({*"aab"} == {"a", "b"})
t(lambda: [*5])
t(lambda: {**[1]})
t(lambda: print(*1))
t(lambda: dict(**{"a": 1}, a=2))
def many():
    a, b, c, d, e, f, g, h, i, j = range(10)
    return j
print(many())
def gen():
    yield 1
    yield 2
    print("gen exhausted check")
    yield 3
t(lambda: u2(gen()))
