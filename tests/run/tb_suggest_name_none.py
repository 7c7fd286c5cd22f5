# Nothing close: no suggestion; a name from another function's scope is not a candidate.
def outer():
    hidden_value = 1
    def inner():
        return hidden_valeu
    return inner
def other():
    return xyzzy_plugh
try:
    outer()()
except NameError as e:
    print(type(e).__name__, e, e.name)
other()
