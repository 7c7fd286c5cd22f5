# Class patterns: __match_args__, keyword sub-patterns, isinstance,
# the builtin types that match themselves, and the run-time errors.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Sub(Point):
    pass

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin 3d"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point3(z=z) if z > 0:
            return f"above, z={z}"
        case Sub(a, b):
            return f"sub {a} {b}"
        case Point():
            return "some point"
        case _:
            return "not a point"

for p in [Point(0, 0), Point3(0, 0, 0), Point3(1, 2, 3), Point(0, 5), Point(5, 0),
          Point3(1, 1, -1), Sub(1, 2), Sub(0, 0), Point(1, 1), (0, 0), None]:
    print(p, "->", where(p))

# The eleven builtin types whose single positional sub-pattern is the subject.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([x, *_]):
            return f"non-empty list starting {x}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return f"other {type(v).__name__}"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], [], (1,), {"k": 1}, {},
          {3, 1}, frozenset([2]), 1j, None, range(2)]:
    print(builtin(v))

# Two positional sub-patterns are too many for them.
for t in [int, str, list, dict, bool]:
    try:
        match t():
            case int(a, b) | str(a, b) | list(a, b) | dict(a, b) | bool(a, b):
                pass
    except TypeError as e:
        print("TypeError:", e)

# Keyword sub-patterns on builtins read attributes.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex", r, i)
match 10:
    case int(real=r, denominator=d):
        print("int attrs", r, d)

# No __match_args__: positional sub-patterns are an error.
class Plain:
    def __init__(self):
        self.a = 1

for n in (1, 2):
    try:
        match Plain():
            case Plain(x) if n == 1:
                pass
            case Plain(x, y):
                pass
    except TypeError as e:
        print("TypeError:", e)

match Plain():
    case Plain(a=1):
        print("keyword on Plain works")

# __match_args__ with one name and two sub-patterns.
class One:
    __match_args__ = ("a",)
    a = 1
try:
    match One():
        case One(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)

# __match_args__ must be a tuple, of strings.
class ListArgs:
    __match_args__ = ["a"]
class IntArgs:
    __match_args__ = (1,)
class NoneArgs:
    __match_args__ = None
for cls in (ListArgs, IntArgs, NoneArgs):
    try:
        match cls():
            case cls(x):
                pass
    except TypeError as e:
        print("TypeError:", e)

# With no positional sub-patterns __match_args__ is not even read.
match ListArgs():
    case ListArgs():
        print("ListArgs() matches without reading __match_args__")

# The same attribute twice.
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)

# Not a type.
not_a_type = Point(0, 0)
class Holder:
    f = len
for target in ("instance", "function"):
    try:
        match 1:
            case Holder.f() if target == "function":
                pass
            case Point.__init__():
                pass
    except TypeError as e:
        print("TypeError:", e)

# A missing attribute fails the match; other errors propagate.
class Partial:
    __match_args__ = ("present", "missing")
    present = 1
match Partial():
    case Partial(1, m):
        print("unexpected", m)
    case Partial(1):
        print("missing attribute only fails the longer pattern")

class Raising:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise KeyError("boom")
try:
    match Raising():
        case Raising(b):
            pass
except KeyError as e:
    print("KeyError:", e)

class AttrErr:
    __match_args__ = ("gone",)
    @property
    def gone(self):
        raise AttributeError("gone")
match AttrErr():
    case AttrErr(g):
        print("unexpected")
    case AttrErr():
        print("AttributeError from a property fails the match")

# All attributes are read before any sub-pattern is matched, in order.
class Logged:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("  getattr", name)
        if name == "nope":
            raise AttributeError(name)
        return name.upper()

match Logged():
    case Logged("X", c=_):
        print("unexpected")
    case Logged("A", "B", c="C"):
        print("Logged matched")
match Logged():
    case Logged(a, nope=n):
        print("unexpected")
    case _:
        print("nope missing")

# __match_args__ lookup goes through the class, not the instance.
class Dyn:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
d = Dyn(5)
d.__match_args__ = ("other",)
match d:
    case Dyn(v):
        print("class __match_args__ used:", v)

# Inheritance of __match_args__ and of the match-self behaviour.
class Base:
    __match_args__ = ("p",)
    p = "base p"
class Derived(Base):
    pass
match Derived():
    case Derived(p):
        print("inherited:", p)

# The class expression is evaluated each time the pattern is tried.
class Factory:
    calls = 0
    @property
    def cls(self):
        Factory.calls += 1
        return int
F = Factory()
class FH:
    pass
FH.f = F
for v in ["a", 1]:
    match v:
        case FH.f.cls():
            print(v, "is an int")
        case _:
            print(v, "is not")
print("class expression evaluated", Factory.calls, "times")
