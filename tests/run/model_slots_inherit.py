class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    __slots__ = ()
c = C()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), C.a, C.b, C.__slots__)
try:
    c.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict(A):
    pass
w = WithDict()
w.a = 1
w.z = 2
print(w.a, w.z, w.__dict__, sorted(vars(w)))

class Mixin:
    __slots__ = ()
class Combo(Mixin, A):
    __slots__ = ("c",)
co = Combo()
co.a = 1
co.c = 2
print(co.a, co.c, Combo.__base__.__name__, [k.__name__ for k in Combo.__mro__])

class Redefine(A):
    __slots__ = ("a",)
r = Redefine()
r.a = 5
print(r.a, A.a.__get__(r), Redefine.a is A.a)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
print({P(1, 2): "v"}[P(1, 2)], [P(3, 4)], P(1, 2) == P(1, 2))

class SlotList(list):
    __slots__ = ("meta",)
sl = SlotList([1, 2])
sl.meta = "m"
print(sl, sl.meta, len(sl))
try:
    sl.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

class SlotDict(dict):
    __slots__ = ("tag",)
sd = SlotDict(a=1)
sd.tag = "t"
print(sd, sd.tag)

class Desc:
    __slots__ = ("v",)
    def __get__(self, obj, owner):
        return "desc"
class Holder:
    d = Desc()
print(Holder().d)

class Ex(Exception):
    __slots__ = ("code",)
e = Ex("msg")
e.code = 3
e.other = 4
print(e, e.code, e.other, e.args)

class DefaultVal:
    __slots__ = ("v",)
    def get(self):
        try:
            return self.v
        except AttributeError:
            return "unset"
d = DefaultVal()
print(d.get())
d.v = None
print(d.get())
print(sorted(n for n in dir(c) if not n.startswith("__")))
