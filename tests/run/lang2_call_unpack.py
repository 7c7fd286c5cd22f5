def show(x):
    print("eval", x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(show(1), *show([2, 3]), show(4), *show(()), k=show(5), **show({"m": 6}), n=show(7)))
print(f(*"ab", *range(2), **{"x": 1}, **dict(y=2)))
print(f(*[], **{}))
def g(a, b, c): return a, b, c
print(g(*[1], *[2], *[3]), g(1, *(2,), c=3), g(**{"c": 3, "a": 1, "b": 2}))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: g(*[1, 2], a=1))
t(lambda: g(1, **{"a": 2, "b": 3, "c": 4}))
t(lambda: g(**{"a": 1}, **{"a": 2}))
t(lambda: f(**{"a": 1}, a=2))
t(lambda: f(a=1, **{"a": 2}))
t(lambda: f(*1))
t(lambda: f(**1))
t(lambda: f(**{1: 2}))
t(lambda: g(*[1, 2, 3, 4]))
t(lambda: g(*[1]))
t(lambda: print(**{"sep": "-", "end": "!\n"}, *[1, 2]))
t(lambda: dict(**{"a": 1}, **{"b": 2}))
t(lambda: max(*[3, 1, 2]))
t(lambda: max(*[]))
t(lambda: len(*[[1, 2]]))
t(lambda: len(*[[1], [2]]))
t(lambda: "{}-{}".format(*"ab"))
t(lambda: "{a}".format(**{"a": 5}))
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
t(lambda: f(**M()))
class NoKeys:
    def __getitem__(self, k): return 1
t(lambda: f(**NoKeys()))
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
t(lambda: f(**BadKeys()))
def gen():
    yield 1
    yield 2
t(lambda: g(0, *gen()))
t(lambda: f(*gen(), *gen()))
t(lambda: type(f(*[1])[0]).__name__)
def kw_only(*, a, b=2): return a, b
t(lambda: kw_only(**{"a": 1}))
t(lambda: kw_only(**{"a": 1, "c": 3}))
t(lambda: kw_only(1))
class Obj:
    def m(self, *a, **k): return a, k
t(lambda: Obj().m(*[1], **{"self": 2}))
t(lambda: Obj.m(*[Obj(), 1]))
t(lambda: Obj.m(**{"self": Obj()}))
