# math functions with CPython-specific wrappers: special values, exact
# results and error messages.
import math

inf, nan = float("inf"), float("nan")


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    else:
        r = repr(r)
    print(label, r)


specials = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 1e-310, 1e308, inf, -inf, nan]

for x in specials + [8, -27, 10**20, 2**1000]:
    show("cbrt", math.cbrt, x)
    show("frexp", math.frexp, x)
    show("modf", math.modf, x)
    show("ulp", math.ulp, x)

for x in specials:
    for y in [0.0, -0.0, 0.5, -1.0, 2.0, 3.0, -3.0, 0.3, inf, -inf, nan]:
        show(f"pow({x!r}, {y!r})", math.pow, x, y)
show("pow big", math.pow, 10, 400)
show("pow neg frac", math.pow, -8, 1 / 3)
show("pow tiny", math.pow, 10, -400)
show("pow int", math.pow, 2, 10)

for x in [0.0, -0.0, 5.0, -5.0, 6.0, 7.5, 1e308, inf, -inf, nan]:
    for y in [0.0, 2.0, -2.0, 3.0, 0.75, 1e-310, inf, nan]:
        show(f"remainder({x!r}, {y!r})", math.remainder, x, y)

for x, i in [(1.0, 10), (1.5, -1074), (1.5, -1075), (3.0, -1076), (1.0, 1023), (1.0, 1024),
             (0.0, 10**30), (-0.0, 5), (inf, -5), (nan, 3), (1.0, 10**30), (-1.0, -10**30),
             (1.0, True), (5, 2), (0.75, -1073)]:
    show(f"ldexp({x!r}, {i!r})", math.ldexp, x, i)
show("ldexp float exp", math.ldexp, 1.0, 2.0)
show("ldexp str", math.ldexp, "x", 2)

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0), (0.0, 0.0), (5e-324, 0.0),
             (1.7976931348623157e308, inf), (inf, 0.0), (nan, 1.0), (1.0, nan), (-1.0, -inf)]:
    show(f"nextafter({x!r}, {y!r})", math.nextafter, x, y)

for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (1.0, 1.1, {"rel_tol": 0.2}),
                 (0.0, 1e-10, {}), (0.0, 1e-10, {"abs_tol": 1e-9}), (inf, inf, {}),
                 (inf, -inf, {}), (nan, nan, {}), (inf, 1e308, {"rel_tol": 1.0}),
                 (1, 2, {"rel_tol": -1}), (1, 2, {"abs_tol": -0.5}), (1, 2, {"foo": 1}),
                 (1, 2, {"rel_tol": "x"})]:
    show(f"isclose({a!r}, {b!r}, {kw})", math.isclose, a, b, **kw)
show("isclose kw a b", math.isclose, a=1.0, b=1.0)
show("isclose 3 pos", math.isclose, 1, 2, 3)
show("isclose missing b", math.isclose, 1, a=2)
show("isclose dup", math.isclose, 1, 2, a=2)
show("isclose none", math.isclose)

for x in [1, 2.0, 0.5, 0, -1, 0.0, -0.0, inf, -inf, nan, True, False, 10**400, 2**1024, 2**1024 - 1,
          2**1025 - 2**900, -10**400]:
    for f in [math.log, math.log2, math.log10, math.log1p, math.sqrt]:
        show(f"{f.__name__}({x!r:.30})", f, x)
for x, b in [(8, 2), (100, 10), (10**400, 10**200), (2, 1), (2, 1.0), (1, 0.5), (2, 0), (2, -2),
             (0.5, 0.25), (inf, 2)]:
    show(f"log({x!r:.30}, {b!r:.30})", math.log, x, b)
show("log no args", math.log)
show("log 3 args", math.log, 1, 2, 3)
show("log kw", math.log, 1, base=2)

for x, y in [(1.0, 0.0), (inf, 1.0), (1.0, inf), (-1.0, -inf), (5.5, 2.0), (-5.5, 2.0), (nan, 1.0),
             (1e308, 1e-308)]:
    show(f"fmod({x!r}, {y!r})", math.fmod, x, y)
for x, y in [(0.0, -0.0), (-0.0, -0.0), (inf, inf), (inf, -inf), (-inf, 2.0), (1.0, -inf), (-0.0, -1.0),
             (nan, 1.0)]:
    show(f"atan2({x!r}, {y!r})", math.atan2, x, y)
    show(f"copysign({x!r}, {y!r})", math.copysign, x, y)

for x in [1e308, -1e308, 1e-320, 7, inf, nan]:
    show("degrees", math.degrees, x)
    show("radians", math.radians, x)
for x in [710, -1000, 1000.0, 1e-320, -inf]:
    for f in [math.exp, math.exp2, math.expm1, math.cosh, math.sinh]:
        show(f"{f.__name__}({x!r})", f, x)


class Floaty:
    def __float__(self):
        return 2.25


class Indexy:
    def __index__(self):
        return 3


class Rounding:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class MyFloat(float):
    pass


class MyInt(int):
    pass


for v in [Floaty(), Indexy(), MyFloat(2.5), MyInt(7)]:
    show(type(v).__name__ + " sqrt", math.sqrt, v)
    show(type(v).__name__ + " floor", math.floor, v)
    show(type(v).__name__ + " ceil", math.ceil, v)
    show(type(v).__name__ + " trunc", math.trunc, v)
for v in [Rounding(), 2.5, -2.5, 1e300, True, 10**30, inf, nan, "x"]:
    for f in [math.floor, math.ceil, math.trunc]:
        show(f"{f.__name__}({v!r:.20})", f, v)

show("sqrt str", math.sqrt, "x")
show("sqrt none", math.sqrt)
show("sqrt two", math.sqrt, 1, 2)
show("sqrt kw", math.sqrt, x=1)
show("atan2 one", math.atan2, 1)
show("atan2 kw", math.atan2, 1, x=2)
show("pow one", math.pow, 1)
show("frexp str", math.frexp, "x")
show("ulp none", math.ulp)
show("nextafter three", math.nextafter, 1, 2, 3)
show("remainder zero", math.remainder, 1, 0)
show("sqrt huge", math.sqrt, 10**400)
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.__doc__)
print(sorted(n for n in dir(math) if not n.startswith("_")))
