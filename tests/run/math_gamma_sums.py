# gamma/lgamma (CPython's own Lanczos code), fsum, hypot and dist: exact
# bits on special and pseudo-random values, and the error messages.
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


seed = 2024


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed


def rfloat(lo, hi):
    """A float with a random sign, mantissa and binary exponent in [lo, hi]."""
    r = rnd()
    m = 0.5 + (r >> 11) / 2**54
    sign = -1.0 if r & 1 else 1.0
    return sign * math.ldexp(m, lo + rnd() % (hi - lo + 1))


special = [0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -0.5, -1.0, -2.0, -1.5, -2.5, 1e-20, 1e-21, -1e-21, 5e-324,
           23.0, 24.0, 23.5, 140.0, 141.5, 170.5, 171.0, 171.7, 172.0, 200.0, 200.5, -200.5, -201.5,
           -170.5, -180.25, 1e10, -1e10, 1e300, -1e300, 2.5e305, inf, -inf, nan, 3, -4, 10**400]
for x in special:
    show(f"gamma({x!r:.20})", math.gamma, x)
    show(f"lgamma({x!r:.20})", math.lgamma, x)
for i in range(60):
    x = rfloat(-3, 7)
    print("gamma", repr(x), repr(math.gamma(x)), repr(math.lgamma(x)))
for i in range(40):
    x = -(rnd() % 3400) / 16 - 1 / 32
    print("neg", repr(x), repr(math.gamma(x)), repr(math.lgamma(x)))
for i in range(20):
    x = rfloat(-1074, 1023)
    print("lgamma wide", repr(x), repr(math.lgamma(abs(x))))
show("gamma str", math.gamma, "x")
show("gamma none", math.gamma)

for seq in [[], [1, 2, 3], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
            [1e-16, 1.0, 1e16], [1e308, 1e308], [1e308, -1e308, 1e308], [inf, 1.0], [inf, inf],
            [-inf, -inf], [inf, -inf], [nan, 1.0], [inf, nan], [1, 2**53, 1], [2**1024],
            [1.5, 2**53 + 1], [-0.0, -0.0], [-0.0, 0.0], [5e-324, 5e-324, -1e-323],
            [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [1e16, 1.0, 1e-16],
            [0.3, 0.3, 0.3, -0.9], range(10), (x / 7 for x in range(100)), "ab", 5, [1, "x"]]:
    label = f"{seq!r:.50}" if isinstance(seq, (list, str, int)) else type(seq).__name__
    show(f"fsum({label})", math.fsum, seq)
for i in range(60):
    xs = [rfloat(-40, 40) * (1 if rnd() % 3 else 1e20) for j in range(rnd() % 12)]
    print("fsum", repr(math.fsum(xs)), repr(math.fsum(reversed(xs))))
show("fsum none", math.fsum)
show("fsum kw", math.fsum, [], x=1)

for args in [(), (3,), (-3,), (3, 4), (3, 4, 12), (1e308, 1e308), (5e-324, 5e-324), (1e-320, 3e-320, 2e-321),
             (inf, nan), (nan, 1.0), (-inf, 1.0), (0.0, -0.0), (1, 1, 1, 1), (10**20, 1), (1.5, "x"), (2**1024,),
             (True, False)]:
    show(f"hypot{args!r:.50}", math.hypot, *args)
for i in range(60):
    xs = [rfloat(-30, 30) for j in range(rnd() % 7)]
    print("hypot", repr(math.hypot(*xs)))
for i in range(20):
    xs = [rfloat(-1074, -1020) for j in range(rnd() % 5 + 1)]
    print("hypot tiny", repr(math.hypot(*xs)))
show("hypot kw", math.hypot, 1, x=2)

for p, q in [((), ()), ((1,), (4,)), ((1, 2), (4, 6)), ([1, 2, 3], (4, 5, 6)), (iter([0, 0]), range(3, 5)),
             ((1, 2), (1,)), ((1, inf), (1, 1)), ((nan, 1), (2, 3)), ((1e308, -1e308), (-1e308, 1e308)),
             (5, (1,)), ((1,), "a"), (("a",), ("b",)), ((1, 2), (3, "x")), ((1, "x"), (1,))]:
    label = f"{p!r:.20}, {q!r:.20}" if not hasattr(p, "__next__") else "iterators"
    show(f"dist({label})", math.dist, p, q)
for i in range(40):
    n = rnd() % 5
    p = [rfloat(-10, 10) for j in range(n)]
    q = [rfloat(-10, 10) for j in range(n)]
    print("dist", repr(math.dist(p, q)))
show("dist one", math.dist, (1,))
show("dist kw", math.dist, (1,), q=(2,))
