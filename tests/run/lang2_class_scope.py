class A:
    v = 1
    vals = [v for _ in range(1)] if False else None
    w = v + 1
    def m(self):
        return v if False else self.v
    names = sorted(k for k in ("x", "y"))
    try:
        bad = list(v for _ in range(2))
    except NameError as e:
        bad = "NameError: " + str(e)
    first = [i for i in range(v + 2)]
print(A.w, A().m(), A.names, A.bad, A.first)
print("v" in A.__dict__, "_" in A.__dict__, "i" in A.__dict__)
class B:
    __priv = 5
    def get(self): return self.__priv
    def getname(self): return __class__.__name__
print(B().get(), B._B__priv, B().getname(), hasattr(B, "__priv"))
try:
    B().__priv
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    x = 1
    class D:
        try:
            y = x
        except NameError as e:
            y = "NameError " + str(e)
print(C.D.y)
def factory(val):
    class E:
        attr = val
        def meth(self): return val
    return E
print(factory(3).attr, factory(4)().meth())
class F:
    locals_snapshot = sorted(k for k in locals() if not k.startswith("__"))
    a = 1
    b = locals().get("a")
print(F.locals_snapshot, F.b)
class G:
    print("executing class body", __name__, __qualname__)
    __qualname__ = "Renamed"
print(G.__qualname__, G.__name__)
class H:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class I(H, flag=1):
    pass
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
class J(metaclass=Meta, opt=2):
    got = injected
print(J.got)
x = 10
class K:
    x = x + 1
print(K.x, x)
def fn():
    y = 5
    class L:
        y = y if False else 6
        z = y
    return L.z
print(fn())
class M:
    def f(self): return "f"
    g = f
    del f
print(M().g(), hasattr(M, "f"))
