def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, /, c=3, *, d, e=5): return a, b, c, d, e
t(lambda: f(1, d=4))
t(lambda: f(1, 2, 3, d=4))
t(lambda: f(1, c=9, d=4))
t(lambda: f(1, 2, 3, 4, d=4))
t(lambda: f(1))
t(lambda: f())
t(lambda: f(d=1))
t(lambda: f(1, b=2, d=3))
def g(a, /, *args, **kw): return a, args, kw
t(lambda: g(1, 2, a=3))
t(lambda: g(a=3))
t(lambda: g(1, **{"a": 9, "b": 8}))
def h(*, a, b, c=1, d): return a, b, c, d
t(lambda: h())
t(lambda: h(a=1))
t(lambda: h(1, 2))
t(lambda: h(1, a=1, b=2, d=3))
t(lambda: h(a=1, b=2, d=3))
def j(a, b, c, d, e): pass
t(lambda: j(1))
t(lambda: j(1, 2))
t(lambda: j(1, 2, 3, 4))
t(lambda: j(e=1))
t(lambda: j(1, 2, 3, 4, 5, 6, 7))
def k(a, b=1, *, c): pass
t(lambda: k(1, 2, 3, c=4))
t(lambda: k(1, 2, 3, 4))
t(lambda: k(1, 2, 3))
def m(a, *, b): pass
t(lambda: m(1, 2, b=3))
t(lambda: m(1, 2, 3, b=3, c=4))
t(lambda: m(1, 2))
class C:
    def meth(self, a, /, b): return a, b
    def __init__(self, x, *, y=0): self.x = x
t(lambda: C(1, 2))
t(lambda: C())
t(lambda: C(1, z=3))
t(lambda: C(1).meth(1, 2, 3))
t(lambda: C(1).meth(a=1, b=2))
t(lambda: C(1).meth())
def defaults(a=[], *, b={}): return a, b
print(defaults.__defaults__, defaults.__kwdefaults__)
def nokw(): pass
print(nokw.__defaults__, nokw.__kwdefaults__)
lam = lambda a, /, b=2, *c, d=4, **e: (a, b, c, d, e)
print(lam(1), lam(1, 2, 3, 4, d=5, f=6))
t(lambda: lam(a=1))
t(lambda: lam())
