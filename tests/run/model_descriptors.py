class Data:
    def __init__(self, name=None):
        self.name = name
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class access", objtype.__name__)
        return ("data", obj.__dict__.get("_" + self.name))
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class C:
    d = Data()
    n = NonData()

c = C()
print(C.d, c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "instance wins?"
print(c.d)
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)
del c.d
print(c.d)
try:
    del c.n
    print(c.n)
except AttributeError as e:
    print(type(e).__name__, e)

class GetOnlyData:
    def __get__(self, obj, objtype):
        return "getonly"
    def __delete__(self, obj):
        raise AttributeError("can't delete")
class K:
    g = GetOnlyData()
k = K()
try:
    k.g = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(k.g)

class SetOnly:
    def __set__(self, obj, value):
        print("set", value)
class S:
    s = SetOnly()
s = S()
s.s = 1
print(s.s is S.__dict__["s"], type(S.s).__name__)
s.__dict__["s"] = "shadow"
print(s.s)

class Ga:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "fallback:" + name
g = Ga()
print(g.real, g.missing, getattr(g, "other"))

class Gab:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return "ga:" + name
    def __getattr__(self, name):
        return "getattr:" + name
gb = Gab()
print(gb.x, gb.secret, object.__getattribute__(gb, "__class__").__name__)

class Strict:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
st = Strict()
st.v = 3
print(st.v)
try:
    st.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Meth:
    def f(self):
        return self
m = Meth()
print(Meth.__dict__["f"].__get__(m, Meth)() is m, Meth.__dict__["f"].__get__(None, Meth) is Meth.__dict__["f"])
print(type(Meth.f).__name__, type(m.f).__name__)

class P:
    @property
    def v(self):
        return 1
p = P()
try:
    p.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.v
except AttributeError as e:
    print(type(e).__name__, e)
print(P.v.__get__(None, P) is P.v, P.v.__get__(p))
print(object.__getattribute__(p, "v"))
try:
    object.__getattribute__(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(p, "w", 4)
print(p.w)
object.__delattr__(p, "w")
print(hasattr(p, "w"))
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
