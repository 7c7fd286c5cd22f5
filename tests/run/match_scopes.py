# Where captured names go: function locals, cells, globals, class bodies,
# and control flow leaving a case.

def closure(v):
    match v:
        case [a, b]:
            pass
    def get():
        return a, b
    return get()

print(closure([1, 2]))

def unbound(v):
    match v:
        case [a]:
            pass
    try:
        return a
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(unbound([1]), "|", unbound(2))

g = "old"
def set_global(v):
    global g
    match v:
        case [g]:
            pass
set_global(["new"])
print(g)

def nonlocal_capture():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case {"n": n}:
                pass
    inner({"n": 42})
    return n
print(nonlocal_capture())

class C:
    match (1, 2):
        case (x, y):
            z = x + y
print(C.x, C.y, C.z)

# The subject is kept aside, even when a capture rebinds the name it came from.
def rebind(lst):
    match lst:
        case [lst, *_] if False:
            pass
        case [first, *rest]:
            return first, rest, lst
print(rebind([1, 2, 3]))

# break / continue / return inside cases.
out = []
for item in [1, "stop-skip", 2, "stop", 3]:
    match item:
        case "stop":
            break
        case str():
            continue
        case n:
            out.append(n)
print(out)

def find(items):
    for it in items:
        match it:
            case {"id": i, "ok": True}:
                return i
    return None
print(find([{"id": 1, "ok": False}, {"id": 2, "ok": True}]))

# match inside try/except/finally and with a with-statement.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False

def risky(v):
    try:
        with CM():
            match v:
                case 0:
                    raise ValueError("zero")
                case n:
                    return 10 // n
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally")
print(risky(5))
print(risky(0))

# Comprehensions and lambdas using match results.
def classify(v):
    match v:
        case int() | float():
            return "number"
        case str():
            return "text"
        case _:
            return "other"
print([classify(v) for v in [1, 2.0, "x", None]])

# Nested match statements.
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            match b:
                case 0:
                    return "b zero"
    return "neither"
print(nested(0, 0), nested(0, 1), nested(1, 0), nested(1, 1))

# match is a soft keyword: it is also a name.
match = [1, 2]
match match:
    case [match, *_]:
        print("match is", match)
case = 5
print(case)

# A generator with match.
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case k:
                yield k
print(list(gen([("a", 1), "b", ("c", 3)])))

# Recursive evaluation with match.
def ev(e):
    match e:
        case ("+", l, r):
            return ev(l) + ev(r)
        case ("*", l, r):
            return ev(l) * ev(r)
        case ("-", x):
            return -ev(x)
        case int(n) | float(n):
            return n
        case bad:
            raise ValueError(f"bad expression {bad!r}")
print(ev(("+", 1, ("*", 2, ("-", 3)))))
try:
    ev(("/", 1, 2))
except ValueError as e:
    print(e)
