# Mapping keys with their own __hash__/__eq__, private-name mangling of
# captures, and captured names in unusual scopes.

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        print(f"  Key({self.name}).__eq__({other!r})")
        return isinstance(other, Key) and other.name == self.name
    def __repr__(self):
        return f"Key({self.name})"

class Keys:
    a = Key("a")
    a2 = Key("a")
    b = Key("b")

d = {Key("a"): 1, Key("b"): 2}
match d:
    case {Keys.a: x, Keys.b: y}:
        print("custom keys", x, y)

try:
    match d:
        case {Keys.a: x, Keys.a2: y}:
            pass
except ValueError as e:
    print("ValueError:", e)

class Unhashable:
    __hash__ = None
class U:
    key = Unhashable()
try:
    match {}:
        case {U.key: _}:
            pass
    print("empty dict: the length check fails first")
    match {1: 2}:
        case {U.key: _}:
            pass
except TypeError as e:
    print("TypeError:", e)

# Mangled captures inside a class.
class Private:
    def method(self, v):
        match v:
            case [__secret, *__rest]:
                return __secret, __rest, sorted(k for k in locals() if "secret" in k or "rest" in k)
    match [1, 2]:
        case [__a, __b]:
            pass
print(Private().method([7, 8, 9]))
print(sorted(k for k in vars(Private) if "__a" in k or "__b" in k))

# Captures into a global from a function, and into a cell used by a lambda.
def capture_global(v):
    global captured
    match v:
        case {"x": captured}:
            return True
    return False
print(capture_global({"x": "global value"}), captured)

def make_getters(items):
    out = []
    for item in items:
        match item:
            case (name, value):
                out.append(lambda: (name, value))
    return [f() for f in out]
print(make_getters([("a", 1), ("b", 2)]))

# A match inside a comprehension's called function, and names reused
# across cases.
def swap(pair):
    match pair:
        case (a, b) if a > b:
            return b, a
        case (a, b):
            return a, b
print([swap(p) for p in [(2, 1), (1, 2), (3, 3)]])

# Mapping values matched against nested class patterns and sequences.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
data = {"points": [P(0, 1), P(2, 3)], "meta": {"n": 2}}
match data:
    case {"points": [P(x=0), P(x2, y2)], "meta": {"n": int(count)}}:
        print("structured", x2, y2, count)

# Big integers, floats and strings as keys.
match {10**20: "big", 0.5: "half", "é": "accent"}:
    case {100000000000000000000: big, 0.5: half, "é": acc}:
        print(big, half, acc)
