# Class patterns on builtin types: isinstance rules (bool is an int),
# self-matching with a sub-pattern, keyword attributes.

def kind(v):
    match v:
        case bool(b) if b:
            return "true bool"
        case int(0 | 1 as small):
            return f"small int-like {small!r}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(1.5 | 2.5) as f:
            return f"half {f}"
        case float(f):
            return f"float {f}"
        case complex(real=0.0, imag=i):
            return f"imaginary {i}"
        case str("") | bytes(b""):
            return "empty text"
        case str([first, *_]):
            return f"str is not a sequence pattern {first}"
        case str(s):
            return f"str {s}"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case list([a, b]):
            return f"pair list {a} {b}"
        case dict({"id": ident}):
            return f"dict id {ident}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case bytearray(ba):
            return f"bytearray {bytes(ba)!r}"
        case object(__class__=cls):
            return f"other object of {cls.__name__}"

for v in [True, False, 0, 1, 1.0, 7, 2**70, float("nan"), 1.5, 0.25, 3j, 1 + 2j, "", b"", "abc",
          (1, 2), [1, 2], (1, 2, 3), {"id": 9}, {"x": 1}, {1, 2}, frozenset(), bytearray(b"z"), None, range(3)]:
    print(repr(v), "->", kind(v))

# Keyword sub-patterns on builtin types look attributes up.
match "abc":
    case str(upper=u):
        print("bound method attribute:", u())
match 5:
    case int(numerator=n, denominator=1, imag=0):
        print("int attributes", n)
match [1]:
    case list(append=a) if callable(a):
        print("list.append found")
match 5:
    case int(missing=m):
        print("unexpected")
    case _:
        print("missing attribute: no match")

# Subpattern count limits on builtin types.
for pattern_src in ["int(a, b)", "float(a, b, c)", "dict(a, b)", "object(a)", "type(a)", "range(a)"]:
    src = f"match 1:\n    case {pattern_src}:\n        pass\n"
    try:
        exec(src)
        print(pattern_src, "no error")
    except TypeError as e:
        print(pattern_src, "->", e)

# type objects as subjects.
match int:
    case type(__name__=name):
        print("a type named", name)
