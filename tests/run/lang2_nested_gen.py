def leaf(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("leaf got", got)
        return "leaf-done"
    finally:
        print("leaf finally", n)
def mid():
    try:
        r = yield from leaf(2)
        print("mid got return", r)
        r2 = yield from leaf(1)
        return r2 + "!"
    finally:
        print("mid finally")
def top():
    res = yield from mid()
    print("top result", res)
    yield "end"
print(list(top()))
g = top()
print(next(g), g.send("x"), g.send(None))
g.close()
print("closed")
g = top()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_running)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
def deleg():
    yield from catcher()
d = deleg()
next(d)
d.throw(ValueError("v1"))
d.throw(ValueError("v2"))
d.close()
def gen_ret():
    yield 1
    return 5
def wrapper():
    x = yield from gen_ret()
    yield x
print(list(wrapper()))
def raises():
    yield 1
    raise StopIteration("bad")
try:
    list(raises())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def yf_iter():
    yield from [1, 2]
    yield from "ab"
    yield from (x * 2 for x in range(2))
print(list(yf_iter()))
def yf_bad():
    yield from 5
try:
    list(yf_bad())
except TypeError as e:
    print(type(e).__name__, e)
def gexpr():
    return (x for x in range(3) if x != 1)
print(list(gexpr()), sum(x * x for x in range(4)))
try:
    (1 / x for x in [0])
    print("lazy ok")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    list(x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g = (i for i in range(2))
print(next(g), next(g), next(g, "default"))
def fin():
    try:
        yield 1
    finally:
        yield 2
f = fin()
next(f)
try:
    f.close()
except RuntimeError as e:
    print(type(e).__name__, e)
