# Or-patterns and as-patterns: which alternative wins, what gets bound,
# and in which order names are stored.

def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case (1 | 2) as n:
            return f"unreachable {n}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"a={a} b={b}"
        case {"k": (int() | float()) as num} | [num]:
            return f"num {num!r}"
        case (str() | bytes()) as s if len(s) > 2:
            return f"long text {s!r}"
        case str(s) | bytes(s):
            return f"short text {s!r}"
        case _:
            return "other"

for v in [1, 3, [5, 0], [0, 7], [0, 0], [2, 4], [1, 5], {"k": 1.5}, {"k": "x"}, ["single"],
          "hello", b"hi", "h", [], None]:
    print(repr(v), "->", f(v))

# Names stored in a module namespace keep CPython's order: the first
# alternative's order, then later captures.
match (1, 2, 3):
    case (first, second, third):
        pass
print([k for k in globals() if k in ("first", "second", "third")])

ns = {}
exec("""
match {"b": 1, "a": 2}:
    case {"b": bee, "a": ay} | {"a": ay, "b": bee}:
        pass
""", ns)
print([k for k in ns if k != "__builtins__"])

ns = {}
exec("""
match [1, [2, 3]]:
    case [p, [q, r] as inner] as whole:
        pass
""", ns)
print([k for k in ns if k != "__builtins__"])

ns = {}
exec("""
match [5, 6]:
    case [y, x] | [x, y, _]:
        pass
""", ns)
print([(k, v) for k, v in ns.items() if k != "__builtins__"])

# A case whose guard fails keeps its bindings; a failed pattern binds nothing.
def guards(v):
    x = y = "unset"
    match v:
        case [x, y] if x > y:
            return f"descending {x} {y}"
        case [_, _]:
            return f"guard failed, x={x} y={y}"
        case [x, 0, 0]:
            return "unreachable"
        case _:
            return f"no match, x={x}"

print(guards([2, 1]), "|", guards([1, 2]), "|", guards([5, 1, 0]))

# Guards see captures and can have side effects; or-alternatives are tried
# in order until one matches.
calls = []
def g(tag):
    calls.append(tag)
    return False

match 5:
    case 1 | 2:
        pass
    case x if g(("first", x)):
        pass
    case y if g(("second", y)):
        pass
    case z:
        calls.append(("third", z))
print(calls)

# As-pattern binds the whole subject and the inner captures.
match [1, (2, 3)]:
    case [a, (b, c) as bc] as whole:
        print(a, b, c, bc, whole)

# Nested or-patterns.
for v in [[1, "a"], [2, "b"], [3, "a"], [1, "c"]]:
    match v:
        case [(1 | 2) as n, ("a" | "b") as s]:
            print("matched", n, s)
        case [n, s]:
            print("fallback", n, s)

# Or-pattern of class patterns with captures.
class A:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
class B:
    __match_args__ = ("w",)
    def __init__(self, w): self.w = w
for obj in [A(1), B(2), 3]:
    match obj:
        case A(val) | B(val):
            print("A or B with", val)
        case other:
            print("other", other)

# Or-pattern alternatives binding in different orders.
for v in [(1, "x"), ("y", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# A wildcard as the last alternative of a case that is last.
match "anything":
    case 1 | _:
        print("wildcard alternative")

# Capture as the last case, guarded earlier captures.
def last(v):
    match v:
        case int(x) if x < 0:
            return "negative"
        case x:
            return f"captured {x!r}"
print(last(-3), last(4), last("s"))
