calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5), add.__name__, add.__wrapped__(3))
print(calls)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return "hi " + x
print(hi("y"))
class Count:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@Count
def sq(x): return x * x
print(sq(3), sq(4), sq.n, type(sq).__name__)
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class K: pass
print(K.added)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self): print("deleting")
    @staticmethod
    def s(x): return ("static", x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
p = P()
p.v = 5
print(p.v)
try:
    p.v = -1
except ValueError as e:
    print(type(e).__name__, e)
del p.v
print(P.s(1), p.s(2), P.c(3), p.c(4))
class Q(P): pass
print(Q.c(5), Q().c(6))
@(lambda f: f)
def ident(): return "expr decorator"
print(ident())
deco_list = [trace]
@deco_list[0]
def inlist(): return "from list"
print(inlist())
def returns_none(fn): return None
@returns_none
def gone(): pass
print(gone)
lam = (lambda x, y=10, *a, k=1, **kw: (x, y, a, k, kw))
print(lam(1), lam(1, 2, 3, k=4, z=5))
print((lambda: (yield 1)) is not None, list((lambda: (yield 1))()))
fns = [(lambda n: lambda x: x * n)(n) for n in range(3)]
print([f(10) for f in fns])
print((lambda *, a: a)(a=3), (lambda a, /: a)(4))
adders = {name: (lambda v, name=name: name + str(v)) for name in "ab"}
print(adders["a"](1), adders["b"](2))
print(lam.__name__, lam.__qualname__, ident.__qualname__, (lambda: 0).__defaults__, lam.__defaults__, lam.__kwdefaults__)
def outer():
    @trace
    def inner(): return "inner"
    return inner
print(outer()(), outer().__qualname__)
