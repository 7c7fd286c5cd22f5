class Ordered(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Ordered()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class C(metaclass=Meta, option=True):
    b = 1
    a = 2
    def z(self): pass
    b = 3

print(C.order, C.b)

class Logged(dict):
    def __getitem__(self, key):
        v = super().__getitem__(key)
        return v
    def __missing__(self, key):
        raise KeyError(key)

class LM(type):
    def __prepare__(name, bases):
        return Logged(injected=99)

class U(metaclass=LM):
    x = injected + 1
print(U.x, U.injected)

class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type.__prepare__("x", ()), type(type.__prepare__()))

class CountingNS(dict):
    def __init__(self):
        super().__init__()
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v)
class CM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return CountingNS()
    def __new__(mcls, name, bases, ns):
        print("sets", ns.sets, sorted(ns))
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=CM):
    x = 1
    def f(self): return 2
    y: int = 3
print(K.x, K().f(), K.__annotations__)
