# math's integer functions on small and big ints, with CPython's errors.
import math


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    else:
        r = repr(r)
    print(label, r)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Idx({self.v})"


big = 2**100 * 3**50

for args in [(), (0,), (-12,), (12, 18), (12, -18), (0, 0), (0, -5), (2**100, 2**80 * 3),
             (big, big * 7, big * 11), (6, 10, 15), (1, 2.5), (2.5, 1), (Idx(24), 36),
             (True, 4), (1, 10**50, "x"), (-(2**70), 2**65)]:
    show(f"gcd{args!r:.60}", math.gcd, *args)
    show(f"lcm{args!r:.60}", math.lcm, *args)
show("gcd kw", math.gcd, 1, x=2)

for n in [0, 1, 2, 5, 12, 20, 21, 22, 25, 30, 100, True, Idx(7)]:
    show(f"factorial({n!r})", math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(500) % (10**20 + 39))
for n in [-1, 5.0, "5", 10**30, -(10**30), None]:
    show(f"factorial({n!r})", math.factorial, n)
show("factorial none", math.factorial)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 2**64 - 1, 2**64, 10**40, 10**41, 2**1001 + 7,
          True, Idx(99)]:
    show(f"isqrt({n!r})", math.isqrt, n)
for n in [-1, 4.0, "4", -(10**30)]:
    show(f"isqrt({n!r})", math.isqrt, n)

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (60, 30), (67, 33), (68, 34),
             (100, 50), (200, 7), (10**20, 3), (10**30, 2), (2**70, 2**70 - 2), (Idx(10), Idx(4)),
             (True, True), (1000, 998)]:
    show(f"comb({n!r}, {k!r})", math.comb, n, k)
    show(f"perm({n!r}, {k!r})", math.perm, n, k)
for n in [0, 5, 20, 25, True]:
    show(f"perm({n!r})", math.perm, n)
    show(f"perm({n!r}, None)", math.perm, n, None)
for n, k in [(-1, 2), (5, -1), (-1, -1), (5.0, 2), (5, 2.0), ("5", 2), (10**30, 10**29),
             (10**30, 10**30 - 5), (10**30, 5 * 10**29), (10**20, 10**19), (10**30, 10**31)]:
    show(f"comb({n!r}, {k!r})", math.comb, n, k)
show("perm(10**30, 10**20)", math.perm, 10**30, 10**20)
show("perm(10**30, 10**31)", math.perm, 10**30, 10**31)
show("perm(-3)", math.perm, -3)
show("perm(3.0)", math.perm, 3.0)
show("comb one", math.comb, 1)
show("perm none", math.perm)
show("perm three", math.perm, 1, 2, 3)
show("perm kw", math.perm, 1, k=2)
print(math.comb(1000, 500) % (10**30 + 57), math.perm(300, 150) % (10**30 + 57))

for it, kw in [([], {}), ([2, 3, 4], {}), (range(1, 30), {}), ([2.5, 3], {"start": 2}),
               ([], {"start": "x"}), (["a", 2], {}), ([2, "a"], {}), ([1.5, 2**1000], {}),
               ([2**62, 2**62, 3], {}), ([0.5] * 10, {"start": 1024}), (iter([3, 4]), {}),
               ([1, 2], {"start": 1.0}), ([1, None], {}), ([True, True], {}), ([-3, 3], {"start": -1})]:
    show(f"prod({type(it).__name__}, {kw})", math.prod, it, **kw)
show("prod none", math.prod)
show("prod 2 pos", math.prod, [1], 2)
show("prod kw iterable", math.prod, iterable=[1])
show("prod bad kw", math.prod, [1], foo=1)
show("prod 3 args", math.prod, [1], start=2, foo=1)
show("prod not iterable", math.prod, 5)
