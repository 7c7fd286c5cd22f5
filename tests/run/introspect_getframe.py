# sys._getframe and frame attributes.
import sys
def who_called():
    return sys._getframe(1).f_code.co_name
def caller():
    return who_called()
print(caller(), who_called())
def depth():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
f = sys._getframe()
print(f.f_code.co_name, f.f_globals is globals(), f.f_locals is globals(), f.f_back)
print(type(f.f_builtins).__name__, "len" in f.f_builtins)
print(sys._getframe(0) is sys._getframe())
def locals_of():
    a, b = 1, "two"
    return sys._getframe().f_locals
print(locals_of())
def lineno():
    return sys._getframe(1).f_lineno
print(lineno())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
