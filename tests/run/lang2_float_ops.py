def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ("1.5", " 1.5 ", "1_0.5", "1__0.5", "inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "-nan", "NaN", "+nAn",
          "1e5", "1E-5", ".5", "5.", ".", "e5", "1e", "0x10", "1_e5", "1e_5", "", "  ", "infinit", "1.5\n", "١.٥", "1e400", "-1e400", "1e-400",
          "0.1", "4.9e-324", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308"):
    t(lambda: float(s))
t(lambda: float(b"1.5"))
t(lambda: float(None))
t(lambda: float(10**400))
t(lambda: float("1" * 400))
for a in (7.0, -7.0, 0.0, -0.0, 0.5):
    for b in (2.0, -2.0, 0.3, float("inf"), -float("inf")):
        t(lambda: (a // b, a % b, divmod(a, b), a / b))
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: (divmod(1.0, 0.0)))
t(lambda: 0.0 ** -1)
t(lambda: (-0.0) ** -1)
t(lambda: (-8.0) ** (1/3))
t(lambda: 10.0 ** 400)
t(lambda: 2.0 ** 1024)
t(lambda: (pow(2.0, 3, 5)))
t(lambda: -0.0 + 0.0)
t(lambda: -0.0 - 0.0)
t(lambda: -0.0 * 5)
t(lambda: 0.0 * -1)
t(lambda: float("inf") - float("inf"))
t(lambda: float("inf") * 0)
t(lambda: float("nan") == float("nan"))
t(lambda: float("nan") != float("nan"))
n = float("nan")
t(lambda: n in [n])
t(lambda: [n] == [n])
t(lambda: 1e308 * 10)
t(lambda: 1.0 == 1)
t(lambda: 2**53 + 1 == float(2**53 + 1))
t(lambda: 2**53 + 1 > float(2**53))
t(lambda: 10**400 > float("inf"))
t(lambda: 10**400 < 1e308)
t(lambda: (hash(1.0) == hash(1), hash(-0.0), hash(0.5), hash(float("inf")), hash(-1.0)))
for v in (0.0, -0.0, 1.0, 0.5, -2.5, 1e100, 1/3, 0.1, float("inf"), float("nan")):
    t(lambda: (v.is_integer(), v.hex()))
    t(lambda: v.as_integer_ratio())
for s in ("0x1p-1", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x1p-1074", "inf", "-nan", "0x10", "1.8p1", "0x1.p0", " 0x1p0 ", "0xg", "0x1p2000"):
    t(lambda: float.fromhex(s))
for v, nd in ((0.5, None), (1.5, None), (2.5, None), (-0.5, None), (-1.5, None), (2.675, 2), (0.125, 2), (0.375, 2), (1234.5678, -2),
              (1234.5678, 1), (-0.0, None), (-0.4, None), (-0.4, 0), (1e300, -305), (5e-300, 300), (float("inf"), None), (float("nan"), None), (float("inf"), 2), (0.5, 0), (1.5, 0), (12.0, -1), (15.0, -1), (1e16, 2)):
    t(lambda: round(v, nd) if nd is not None else round(v))
t(lambda: (round(1.5, "x")))
print(0.1 + 0.2, 1e16, 1e-5, 1.0e-4, 123456789012345678.0, 1e22, 1e21, -0.0, 2.0**0.5, 1/3, 100.0, 1e15 + 0.3)
print(repr(5e-324), repr(1.7976931348623157e308), str(0.1), 3.0 * 1.1)
t(lambda: (int(2.5), int(-2.5)))
import math
t(lambda: ((math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e20))))
t(lambda: math.floor(float("inf")))
t(lambda: math.floor(float("nan")))
t(lambda: ((float.__trunc__(3.7), (3.7).__floor__(), (3.2).__ceil__(), (-3.5).__round__())))
t(lambda: (2.5).__round__(0))
t(lambda: (7.5 // 2, 7.5 % -2))
t(lambda: (float.__new__(float, "2")))
class F(float): pass
t(lambda: ((type(F(1.5) + 1), repr(F(2.5)), type(-F(1)), type(abs(F(-1))))))
