class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print("computing", name)
        value = name * 2
        setattr(self, name, value)
        return value
z = Lazy()
print(z.ab, z.ab, z.__dict__)
print(hasattr(z, "_private"), getattr(z, "_x", "dflt"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name in ("_target", "__class__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_target"), name, value)
    def __delattr__(self, name):
        delattr(object.__getattribute__(self, "_target"), name)
class Target:
    x = 1
t = Target()
p = Proxy(t)
p.y = 5
print(p.x, p.y, t.y, type(p).__name__, p.__class__.__name__)
del p.y
print(hasattr(t, "y"))

class Chain:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError("not attribute error")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
c = Chain()
print(c.other)
try:
    c.boom
except KeyError as e:
    print("KeyError", e)

class PropErr:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "getattr saw " + name
print(PropErr().broken)

class SetAttrLog:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
s = SetAttrLog()
s.a = 1
s.a += 1
del s.a
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__, e)

print(getattr(5, "real"), getattr(int, "__name__"), getattr([], "append").__name__)
try:
    getattr(5, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(object(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class GA:
    def __getattr__(self, name):
        return 42
print(GA().anything, getattr(GA(), "x"), hasattr(GA(), "y"))
try:
    GA.anything
except AttributeError as e:
    print(type(e).__name__, e)
