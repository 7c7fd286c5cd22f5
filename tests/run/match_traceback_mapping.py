# A duplicate key found at run time, and a guard that raises.
class Keys:
    one = "k"
    two = "k"

def g(v):
    match v:
        case [x] if x / 0:
            pass

try:
    g([1])
except ZeroDivisionError as e:
    print("guard raised:", e)

match {"k": 1, "j": 2}:
    case {
        Keys.one: 1,
        Keys.two: 2,
    }:
        pass
