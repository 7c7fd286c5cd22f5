class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        print("init_subclass", cls.__name__, key, kwargs)
        super().__init_subclass__(**kwargs)
        if key:
            Plugin.registry[key] = cls

class A(Plugin, key="a"):
    pass
class B(A, key="b"):
    pass
class C(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"].__name__)
try:
    class D(Plugin, key="d", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)

class Model:
    a = Field()
    b = Field()
    def method(self):
        pass
m = Model()
print(m.a, Model.b.name, Model.a.owner.__name__)
F = Field()
Dyn = type("Dyn", (), {"f": F})
print(F.name, F.owner.__name__)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Holder:
        x = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box):
    pass
print(SubBox[str])
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, (int, str))
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub in (int, str)
class IntOrStr(metaclass=Meta):
    pass
print(isinstance(5, IntOrStr), isinstance("s", IntOrStr), isinstance(2.5, IntOrStr), isinstance(IntOrStr(), IntOrStr))
print(issubclass(int, IntOrStr), issubclass(float, IntOrStr), isinstance(5, (float, IntOrStr)))
print(type.__instancecheck__(int, 5), type.__subclasscheck__(int, bool))

class Iface(type):
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Iface): pass
class Mallard:
    def quack(self): pass
print(issubclass(Mallard, Duck), issubclass(int, Duck))
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
