print(type(1), type("s"), type(None), type(type), type(print))
T = type("T", (), {})
print(T, T.__name__, T.__qualname__, T.__module__, T.__bases__, T.__doc__, type(T()).__name__)
U = type("U", (T,), {"__doc__": "U doc", "x": 1, "__qualname__": "Outer.U", "__module__": "m"})
print(U, U.__doc__, U.x, U.__qualname__, U.__module__, U.__mro__)
try:
    type("V", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
def init(self, v):
    self.v = v
V = type("V", (object,), {"__init__": init, "get": lambda self: self.v})
print(V(3).get())
class Kw:
    def __init_subclass__(cls, **kw):
        print("kw", kw)
W = type("W", (Kw,), {}, flag=1)
print(W.__name__)
print(type.__call__(int, "5"), type.__new__(type, "N", (), {}).__name__)
try:
    type.__new__(int, "N", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("bad", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("bad", (int, int), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type.__qualname__, type.__module__, type.__base__, type.__mro__, object.__mro__)
print(type(T).__name__, isinstance(T, type), callable(T), T.__class__ is type)
