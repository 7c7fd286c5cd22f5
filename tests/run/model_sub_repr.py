subs = {}
for base in (int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset):
    subs[base] = type("My" + base.__name__.capitalize(), (base,), {})
samples = {
    int: (7,), float: (2.5,), complex: (1, 2), str: ("hi",), bytes: (b"by",), bytearray: (b"ba",),
    tuple: ((1, 2),), list: ([1, 2],), dict: ({"k": 1},), set: ({3},), frozenset: ({4},),
}
for base, cls in subs.items():
    v = cls(*samples[base])
    print(base.__name__, repr(v), str(v), type(v).__name__, isinstance(v, base), v == base(*samples[base]), bool(v))
    print("   empty:", repr(cls()), bool(cls()))
class Named(list):
    def __repr__(self):
        return f"{type(self).__name__}({list.__repr__(self)})"
print(Named([1, Named([2])]), str(Named()), f"{Named([3])}", "%r" % (Named(),))
class StrRepr(int):
    def __str__(self):
        return "five"
print(StrRepr(5), repr(StrRepr(5)), f"{StrRepr(5)}", f"{StrRepr(5)!r}", str(StrRepr(5)), "%s %d" % (StrRepr(5), StrRepr(5)), format(StrRepr(5), "d"))
class FloatStr(float):
    def __repr__(self):
        return "FR"
print(FloatStr(1.5), [FloatStr(1.5)], f"{FloatStr(1.5)}", f"{FloatStr(1.5):.1f}", str(FloatStr(2.0)))
