class D(dict):
    def __missing__(self, key):
        return key * 2

d = D(a=1)
print(d["a"], d["zz"], d.get("q"), "zz" in d, len(d), d)
print(type(d).__name__, isinstance(d, dict), d.keys(), list(d.items()))

class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

dd = Default(list, x=[1])
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(sorted(dd.items()), dd.factory)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())

u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["abc"], dict(u))
u.update({"x": 2})
print(u)

class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print(type(e).__name__, e)

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = Attr(x=1, y=2)
print(a.x, a.y, a)
try:
    a.z
except AttributeError as e:
    print("AttributeError", e)
print(a == {"x": 1, "y": 2}, {"x": 1, "y": 2} == a, a | {"z": 3}, type(a | {"z": 3}).__name__)
print(D.fromkeys([1, 2]).__class__.__name__)
class H(dict):
    def __hash__(self):
        return 7
print(hash(H()), {H(): 1}[H()] if False else "skip")
d2 = D({1: 2})
d2.clear()
print(d2, d2.pop("missing", "dflt"), d2.setdefault("k", 3), d2)
