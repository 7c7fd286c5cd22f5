def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
def g(a, b, /, c, *, d): return (a, b, c, d)
def h(a, b): return a, b
def z(): return 0
def v(*args): return args
def k(**kw): return kw
def pk(a, /, **kw): return a, kw
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return x

t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2))
t(lambda: f(1, 2, d=4))
t(lambda: f(1, 2, 3, 4, 5, d=6, x=7))
t(lambda: f(1, 2, a=1, d=1))
t(lambda: f(1, b=2, c=3, d=4, e=5, f=6))
t(lambda: f(d=1))
t(lambda: g(1, 2, 3, d=4))
t(lambda: g(1, 2, 3, 4))
t(lambda: g(1, b=2, c=3, d=4))
t(lambda: g(a=1, b=2, c=3, d=4))
t(lambda: g(1, 2, c=3))
t(lambda: g(1, 2))
t(lambda: g(1))
t(lambda: h())
t(lambda: h(1))
t(lambda: h(1, 2, 3))
t(lambda: h(1, 2, 3, 4))
t(lambda: h(1, 2, c=3))
t(lambda: h(1, a=2))
t(lambda: h(b=1))
t(lambda: h(1, b=2, x=3, y=4))
t(lambda: z(1))
t(lambda: z(x=1))
t(lambda: z(*[1, 2]))
t(lambda: v(1, x=2))
t(lambda: k(1))
t(lambda: k(**{"a": 1}, **{"a": 2}))
t(lambda: k(a=1, **{"a": 2}))
t(lambda: k(**{1: 2}))
t(lambda: k(**[1]))
t(lambda: v(*5))
t(lambda: v(*None))
t(lambda: h(*[1], *[2]))
t(lambda: h(**{"a": 1}, b=2))
t(lambda: pk(1, a=2))
t(lambda: pk(a=2))
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C.m())
t(lambda: C.s())
t(lambda: C.c(1, 2))
t(lambda: C().m(x=1, y=2))
t(lambda: (lambda x, y=2, *, z: 0)(1))
t(lambda: (lambda x, y=2, *, z, w: 0)(1))
t(lambda: (lambda x, y, z: 0)(1))
t(lambda: (lambda *, a, b, c: 0)())
t(lambda: (lambda a, b, c, d: 0)(1, 2, 3, 4, 5))
t(lambda: (lambda a, b=1: 0)(1, 2, 3))
t(lambda: (lambda a, b=1, *, c=1: 0)(1, 2, 3))
t(lambda: (lambda: 0)(1, 2, z=1))
t(lambda: f(*[1, 2], **{"d": 4, "c": 9}))
t(lambda: f(*(1, 2, 3, 4), **{"d": 4}))
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: len(x=1))
t(lambda: isinstance(1))
t(lambda: divmod(1))
t(lambda: "a".split(1, 2, 3))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: {}.get())
t(lambda: sorted([1], key=None, reverse=False, x=1))
t(lambda: print(sep=1))
t(lambda: int("1", 2, 3))
t(lambda: dict(1, 2))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))
