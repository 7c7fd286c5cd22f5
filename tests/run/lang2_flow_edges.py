import sys
def g():
    try:
        yield 1
    finally:
        return "ret in finally"
x = g(); next(x)
print(x.close())
def g2():
    try:
        yield 1
    except GeneratorExit:
        return "handled"
x = g2(); next(x); print(x.close())
def g3():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("skip", i)
            continue
x = g3(); print(next(x), x.throw(ValueError), next(x))
def g4():
    with open(__file__) as f:
        yield "opened"
    yield "closed" if f.closed else "open"
print(list(g4()))
def f():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
print(f())
def f2():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 0:
                continue
            return e.args
print(f2())
def f3():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            return "from except"
        finally:
            print("inner finally", sys.exc_info()[0].__name__)
print(f3())
a = [1, 2, 3]
a[1:2] = [7, 8, 9]
print(a)
a[::2] = "xyz"
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
del a[::2]
print(a)
b = list(range(5)); b[1:4] += [0]
print(b)
s = slice(1, None); print(b[s], s, s.indices(10))
class A: 
    x = [1]
o = A(); o.x += [2]
print(A.x, o.x, "x" in o.__dict__)
d = {}
d.setdefault("k", []).append(1)
d["n"] = d.get("n", 0) + 1
print(d)
i = 0
lst = [0, 0, 0]
lst[i := i + 1] += 5
print(lst, i)
