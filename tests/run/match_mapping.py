# Mapping patterns: dicts only (not other types), `get` lookups, **rest,
# runtime duplicate keys, unhashable keys.

def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {"k": [a, *b]}:
            return f"k-list {a} {b}"
        case {"k": {"inner": v}}:
            return f"nested {v}"
        case {}:
            return f"some mapping with {len(v)} keys"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 5}, {"type": "circle", "r": 5, "color": "red", "z": 0},
          {1: "a", 2: "b"}, {True: "t", 2: "two"}, {1.0: "f", 2.0: "g", 3: "h"},
          {"k": [1, 2, 3]}, {"k": {"inner": 9}}, {"k": "str"}, {}, {"other": 1},
          [("type", "point")], "type", 5, None, {"type"}]:
    print(repr(v), "->", m(v))

# **rest is a new dict without the matched keys, in the subject's order.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print(a, c, rest, rest is d)
match d:
    case {**everything}:
        print(everything, everything == d, everything is d)

# Keys can be dotted names; equal keys from different names are an error
# found at run time.
class K:
    a = "a"
    b = "b"
    also_a = "a"
    lst = [1]

match d:
    case {K.a: x, K.b: y}:
        print("dotted keys", x, y)

try:
    match d:
        case {K.a: x, K.also_a: y}:
            print("unreachable")
except ValueError as e:
    print("ValueError:", e)

try:
    match d:
        case {K.lst: x}:
            print("unreachable")
except TypeError as e:
    print("TypeError:", e)

# A literal and an equal dotted name.
class One:
    one = 1
try:
    match {1: "x", 2: "y"}:
        case {1: x, One.one: y}:
            print("unreachable")
except ValueError as e:
    print("ValueError:", e)

# The length check comes before the keys are evaluated.
class Lazy:
    @property
    def key(self):
        print("  key evaluated")
        return "a"
class Holder:
    pass
Holder.lazy = Lazy()
for v in [{}, {"a": 1}, {"b": 1}, [1]]:
    match v:
        case {Holder.lazy.key: val}:
            print("found", val)
        case _:
            print("no match for", v)

# Values that are None still count as present.
match {"a": None}:
    case {"a": None}:
        print("None value matched")

# Keys of mixed types.
match {(1, 2): "tuple", None: "none", b"x": "bytes", -5: "neg"}:
    case {(1, 2): t, None: n, b"x": bx, -5: neg}:
        print(t, n, bx, neg)

# Nested mapping captures with or-patterns.
for v in [{"x": 1}, {"y": 2}, {"x": 3, "y": 4}]:
    match v:
        case {"x": val} | {"y": val}:
            print("val", val)

# A failed mapping match binds nothing.
val = "old"
match {"x": 1, "z": 2}:
    case {"x": val, "y": _}:
        pass
print("val is", val)
