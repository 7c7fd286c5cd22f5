class Tracking(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        print("missing", k)
        return None
    def keys(self):
        print("keys()")
        return super().keys()
    def __iter__(self):
        print("iter()")
        return super().__iter__()
    def __len__(self):
        print("len()")
        return super().__len__()

t = Tracking(a=1, b=2)
print(t.get("a"), t.get("zz"), "a" in t)     # get and in do not call __getitem__
print(t["a"], t["nope"])
print(sorted(t.items()), list(t.values()))
print(dict(t) == {"a": 1, "b": 2})
print({**t})
print(len(t), bool(t))
for k in t:
    pass
print(list(t), t.copy(), type(t.copy()).__name__)
print(t.pop("a"), t.popitem(), t, t.setdefault("q", 9), t)

class OrderedLike(dict):
    def __repr__(self):
        return "OL(" + ", ".join(f"{k}={v}" for k, v in self.items()) + ")"
ol = OrderedLike([("x", 1), ("y", 2)])
print(ol, str(ol), [ol], {"k": ol})
print(ol | {"z": 3}, type(ol | {"z": 3}).__name__)
ol |= {"w": 4}
print(ol, type(ol).__name__)
print(sorted(OrderedLike.fromkeys("ab", 0).items()), type(OrderedLike.fromkeys("a")).__name__)
class CountingFromkeys(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(CountingFromkeys.fromkeys([1, 2], "v"))
print(dict.fromkeys.__name__, type(dict.fromkeys).__name__, type(CountingFromkeys.fromkeys).__name__)
