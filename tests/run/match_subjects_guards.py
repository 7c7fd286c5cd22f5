# Subject forms (tuples, starred, walrus) and guards (side effects,
# walrus, errors, names bound before the guard).

match 1, 2:
    case (a, b):
        print("tuple subject", a, b)

rest = [3, 4]
match 1, *rest:
    case [first, *others]:
        print("starred subject", first, others)

match (n := 10):
    case 10:
        print("walrus subject", n)

match [1, 2, 3]:
    case [x, *_] if (y := x * 100) > 50:
        print("walrus in guard", x, y)

# Guards are evaluated only after the pattern matched, in order.
log = []
def check(tag, result):
    log.append(tag)
    return result

for v in [1, 2, 3]:
    match v:
        case 1 if check("g1", False):
            pass
        case 1 | 2 if check(f"g2 for {v}", v == 2):
            log.append(f"case 2 body {v}")
        case _ if check(f"g3 for {v}", True):
            log.append(f"default {v}")
print(log)

# A guard that raises propagates; bindings made before it stay.
def raising(v):
    try:
        match v:
            case [item] if item.missing:
                pass
    except AttributeError as e:
        return f"AttributeError: {e}; item = {item!r}"
print(raising(["thing"]))

# Truthiness of guard values.
class Weird:
    def __bool__(self):
        print("  __bool__ called")
        return False
match 5:
    case x if Weird():
        print("unexpected")
    case x if [0]:
        print("non-empty list guard is true")

class BadBool:
    def __bool__(self):
        raise ValueError("no truth")
try:
    match 5:
        case _ if BadBool():
            pass
except ValueError as e:
    print("ValueError:", e)

# Guards with and/or/not, comparisons chains.
for v in [(1, 5), (5, 1), (3, 3), (0, 0)]:
    match v:
        case (a, b) if a < b and not a == 0:
            print(v, "ascending")
        case (a, b) if a > b or a == b == 3:
            print(v, "descending or threes")
        case (a, b) if 0 <= a == b < 1:
            print(v, "chained zero")

# The default case with a guard.
for v in [1, 2]:
    match v:
        case 5:
            pass
        case _ if v == 1:
            print("guarded default for", v)
    print("after match", v)

# A capture-all case may be guarded and followed by more cases.
for v in [0, 1]:
    match v:
        case x if x:
            print("truthy capture", x)
        case x:
            print("falsy capture", x)

# `_` is never bound; `_` in a value position is a name lookup... but `_` as a
# pattern is always the wildcard.
_ = "underscore variable"
match 42:
    case _:
        pass
print(_)
match [1, 2]:
    case [_, _]:
        print("two wildcards bind nothing:", _)

# Match on the result of calls and attribute lookups in the subject.
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
match Box([1, 2]).get():
    case [1, second]:
        print("from a method", second)
