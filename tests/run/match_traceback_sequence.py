# A subscript used by a star-wildcard sequence pattern, and an unbound class name.
def f(v):
    match v:
        case [1, *_, last]:
            return last
        case [Missing()]:
            return "never"

print(f([1, 2, 3]))
def g():
    match [1]:
        case [Local()]:
            pass
    Local = int
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
f([2])
