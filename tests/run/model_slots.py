class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.x, type(Point.x).__name__, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, repr(e))
p.x = 10
print(p.x, hasattr(p, "x"), getattr(p, "nope", "dflt"), hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
print(list(Point.__dict__), sorted(dir(p))[-2:])

m = Point.__dict__["x"]
print(m.__name__, m.__objclass__, m.__get__(p, Point), m.__get__(None, Point) is m)
m.__set__(p, 99)
print(p.x)
class Other: pass
for f in (lambda: m.__get__(Other(), Other), lambda: m.__set__(Other(), 1), lambda: m.__delete__(Other())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, P3.__slots__, list(P3.__dict__))
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict(Point):
    pass
w = WithDict(1, 2)
w.extra = 5
print(w.extra, w.__dict__, list(WithDict.__dict__))

class Both:
    __slots__ = ("a", "__dict__")
b = Both()
b.a = 1
b.other = 2
print(b.a, b.__dict__, list(Both.__dict__))

class Weak:
    __slots__ = ("__weakref__",)
print(list(Weak.__dict__), Weak().__weakref__)

class Mangled:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
mg = Mangled()
print(mg.get(), mg._Mangled__secret, list(Mangled.__dict__))

class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = 1
print(s.only, list(StrSlot.__dict__))

class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)

def define(ns, bases=()):
    try:
        c = type("T", bases, ns)
        print("ok", list(c.__dict__))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

define({"__slots__": ("x",), "x": 1})
define({"__slots__": ("1x",)})
define({"__slots__": (1,)})
define({"__slots__": 5})
define({"__slots__": ("__dict__", "__dict__")})
define({"__slots__": ("__dict__",)}, (WithDict,))
define({"__slots__": ("__weakref__",)}, (WithDict,))
define({"__slots__": ("a",)}, (int,))
define({"__slots__": ("a",)}, (tuple,))
define({"__slots__": ()}, (int,))
define({"__slots__": ("a",)}, (list,))
define({"__slots__": ["b", "a"]})
define({"__slots__": {"k": "doc"}})

class Sized:
    __slots__ = ("items",)
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
sz = Sized()
print(len(sz), bool(sz))
print(Point.x.__doc__, repr(Point.y))
