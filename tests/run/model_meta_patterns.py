class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("init", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class Meta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    count = 0
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(["x", "y"])
    def __getitem__(cls, k):
        return f"{cls.__name__}<{k}>"
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __contains__(cls, item):
        return item == "member"
    def __bool__(cls):
        return False
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, "__name__", None)
    __hash__ = type.__hash__
    def __or__(cls, other):
        return "union"

class Thing(metaclass=Meta):
    pass
print(Thing.upper_name, Meta.count, Thing.count, len(Thing), list(Thing), Thing[1], repr(Thing), "member" in Thing, bool(Thing))
print(Thing == Thing, Thing | int, str(Thing), [Thing])
try:
    Thing().upper_name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing.nope
except AttributeError as e:
    print(type(e).__name__, e)

class AutoProp(type):
    def __new__(mcls, name, bases, ns):
        for key in list(ns):
            if key.startswith("get_"):
                ns[key[4:]] = property(ns[key])
        return super().__new__(mcls, name, bases, ns)
class Person(metaclass=AutoProp):
    def __init__(self, n):
        self._n = n
    def get_name(self):
        return self._n.title()
print(Person("ada").name)

class Validated(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        missing = [m for m in getattr(cls, "required", ()) if m not in ns and not any(hasattr(b, m) for b in bases)]
        if missing:
            raise TypeError(f"{name} lacks {missing}")
class Iface(metaclass=Validated):
    required = ("run",)
    def run(self):
        pass
class Good(Iface):
    def run(self):
        return "ran"
print(Good().run())
class AlsoGood(Iface):
    pass
print(AlsoGood.run.__qualname__)
class Strict(metaclass=Validated):
    required = ("go",)
    def go(self): pass
try:
    class Bad(Strict):
        required = ("go", "stop")
except TypeError as e:
    print(type(e).__name__, e)

class Counting(type):
    def __call__(cls, *a):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*a)
class W(metaclass=Counting):
    def __init__(self, v):
        self.v = v
ws = [W(i) for i in range(3)]
print(W.made, [w.v for w in ws], type(W).__call__.__qualname__)

class ReturnsOther(type):
    def __call__(cls, *a):
        return "not an instance"
class Odd(metaclass=ReturnsOther):
    pass
print(Odd(), type(Odd))

class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewReturnsOther())
