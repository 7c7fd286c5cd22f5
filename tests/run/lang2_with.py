class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("s", True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)
with CM("1") as a, CM("2") as b:
    print("both", a, b)
with CM("outer", True), CM("inner"):
    raise KeyError("k")
def f():
    with CM("ret"):
        return "returned"
print(f())
def g():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
            continue
    return i
print(g())
class Bad: pass
try:
    with Bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("exit not called"); return True
try:
    with EnterRaises():
        print("no body")
except RuntimeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise ValueError
print("truthy suppresses")
with CM("tuple") as (p):
    print(p)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (u, v):
    print(u, v)
d = {}
with Pair() as d["k"]:
    pass
print(d)
with (CM("p1") as q1,
      CM("p2") as q2):
    print(q1, q2)
