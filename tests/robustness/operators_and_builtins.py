# Drives every operator and builtin with values of many types, including
# wrong types and bad values. Every outcome must be a value or a Python
# exception: the program must finish and print "done". tests/differential.rs
# (`no_crash_from_python_code`) runs it; a Rust panic or a native crash fails.

import sys

class Plain:
    pass

class Weird:
    def __eq__(self, other): raise ValueError("eq")
    def __hash__(self): raise TypeError("hash")
    def __lt__(self, other): return NotImplemented
    def __len__(self): return -1
    def __index__(self): return "x"
    def __iter__(self): return 5
    def __repr__(self): raise RuntimeError("repr")
    def __bool__(self): return 3

values = [
    None, True, False, 0, 1, -1, 2**100, -(2**100), 0.0, -0.0, 1.5, float("inf"), float("nan"),
    "", "abc", "\u00e9\u4e2d", b"", b"ab", [], [1, 2], (), (1, "a"), {}, {"a": 1},
    range(0), range(3), slice(1, 2), Plain(), Weird(), len, print, Plain, type, object(), Ellipsis,
    NotImplemented, ValueError("x"), iter([1]), (x for x in ()), lambda: 0,
]
for make in (lambda: set([1]), lambda: frozenset(), lambda: 1j, lambda: bytearray(b"x")):
    try:
        values.append(make())
    except Exception:
        pass

binary = [
    lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
    lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a ** b, lambda a, b: a << b,
    lambda a, b: a >> b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b,
    lambda a, b: a @ b, lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
    lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b, lambda a, b: a in b,
    lambda a, b: a is b, lambda a, b: a[b], lambda a, b: divmod(a, b), lambda a, b: pow(a, b, 7),
    lambda a, b: isinstance(a, b), lambda a, b: issubclass(a, b), lambda a, b: getattr(a, b),
    lambda a, b: hasattr(a, b), lambda a, b: setattr(a, "attr", b), lambda a, b: round(a, b),
    lambda a, b: max(a, b), lambda a, b: min(a, b), lambda a, b: sum(a, b), lambda a, b: format(a, b),
    lambda a, b: zip(a, b), lambda a, b: map(a, b), lambda a, b: filter(a, b), lambda a, b: iter(a, b),
    lambda a, b: next(a, b), lambda a, b: enumerate(a, b), lambda a, b: sorted(a, key=b),
    lambda a, b: int(a, b), lambda a, b: str(a, b), lambda a, b: range(a, b), lambda a, b: slice(a, b),
    lambda a, b: dict(a, x=b), lambda a, b: list(a) + list(b), lambda a, b: a.__class__(b),
    lambda a, b: "%s %d" % (a, b), lambda a, b: f"{a:{b}}",
]

unary = [
    lambda a: -a, lambda a: +a, lambda a: ~a, lambda a: not a, lambda a: abs(a), lambda a: len(a),
    lambda a: hash(a), lambda a: repr(a), lambda a: str(a), lambda a: ascii(a), lambda a: bool(a),
    lambda a: int(a), lambda a: float(a), lambda a: list(a), lambda a: tuple(a), lambda a: dict(a),
    lambda a: iter(a), lambda a: next(a), lambda a: sorted(a), lambda a: reversed(a), lambda a: sum(a),
    lambda a: max(a), lambda a: min(a), lambda a: any(a), lambda a: all(a), lambda a: chr(a),
    lambda a: ord(a), lambda a: hex(a), lambda a: oct(a), lambda a: bin(a), lambda a: callable(a),
    lambda a: id(a) and 0, lambda a: type(a), lambda a: dir(a) and 0, lambda a: vars(a),
    lambda a: a(), lambda a: a.attr, lambda a: a[0], lambda a: a[1:2], lambda a: [*a],
    lambda a: {**a}, lambda a: print(a, file=None) if False else 0, lambda a: format(a),
    lambda a: round(a), lambda a: divmod(a, 0), lambda a: a.__dict__, lambda a: set(a),
]

outcomes = 0
for f in unary:
    for a in values:
        try:
            f(a)
        except BaseException as e:
            if isinstance(e, (SystemExit, KeyboardInterrupt)):
                raise
        outcomes += 1
for f in binary:
    for a in values:
        for b in values:
            try:
                f(a, b)
            except BaseException as e:
                if isinstance(e, (SystemExit, KeyboardInterrupt)):
                    raise
            outcomes += 1
# Deep structures and recursion.
deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError:
    pass
del deep
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError:
    pass
print("outcomes", outcomes > 0)
print("done")
