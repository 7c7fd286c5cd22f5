# Value and singleton patterns: ==, `is`, negative and complex literals,
# strings and bytes, dotted names.

def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2j:
            return "minus 2j"
        case "abc":
            return "str abc"
        case b"abc":
            return "bytes abc"
        case "x" "y":
            return "concatenated xy"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "no literal"

for v in [0, 0.0, -0.0, -1, -1.0, 1.5, 2 + 3j, -2j, "abc", b"abc", bytearray(b"abc"), "xy",
          None, True, False, 1, 2, "ABC", (), [], 10**30]:
    print(repr(v), "->", lit(v))

# True == 1, but `case True` is an identity test; `case 1` is equality.
def one(v):
    match v:
        case 1:
            return "equals 1"
        case _:
            return "not 1"

print(one(True), one(1.0), one(1 + 0j), one("1"))

class Color:
    RED = 1
    GREEN = 2
    class Nested:
        BLUE = 3

def color(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.Nested.BLUE:
            return "green or blue"
        case _:
            return "unknown"

print([color(i) for i in range(5)])

# __eq__ is called with the subject on the left.
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return NotImplemented
    def __repr__(self):
        return self.name

class K:
    val = Loud("val")

match Loud("subject"):
    case K.val:
        print("matched K.val")
    case _:
        print("fell through")

match 5:
    case K.val:
        print("matched")
    case _:
        print("5 is not K.val")

# An __eq__ that returns a non-bool: its truth value counts.
class Truthy:
    def __eq__(self, other):
        return [1]

class Falsy:
    def __eq__(self, other):
        return []

class H:
    t = Truthy()
    f = Falsy()

match 0:
    case H.f:
        print("falsy matched")
    case H.t:
        print("truthy matched")

# An __eq__ that raises.
class Bad:
    def __eq__(self, other):
        raise ValueError("no comparing")

class B:
    bad = Bad()

try:
    match 1:
        case B.bad:
            print("unreachable")
except ValueError as e:
    print("ValueError:", e)

# A missing attribute in a value pattern.
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print("AttributeError:", e)

# No match at all: nothing runs, no error.
match 42:
    case 1:
        print("one")
    case 2:
        print("two")
print("after no match")

# Subject evaluated once.
def subject():
    print("evaluating subject")
    return 3

match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")

# Float nan never equals itself.
nan = float("nan")
class N:
    nan = nan
match nan:
    case N.nan:
        print("nan matched")
    case _:
        print("nan did not match")
