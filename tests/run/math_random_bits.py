# Bit-exact results of math functions on pseudo-random floats (glibc's
# cbrt, pow; exact remainder/frexp/ldexp/ulp/nextafter; logs of big ints).
import math

seed = 7


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed


def rfloat(lo, hi):
    r = rnd()
    m = 0.5 + (r >> 11) / 2**54
    sign = -1.0 if r & 1 else 1.0
    return sign * math.ldexp(m, lo + rnd() % (hi - lo + 1))


def attempt(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__


for i in range(80):
    x = rfloat(-1074, 1023)
    y = rfloat(-8, 8)
    print("cbrt", repr(x), repr(math.cbrt(x)), repr(math.cbrt(y)))
for i in range(60):
    x, y = rfloat(-6, 6), rfloat(-3, 5)
    print("pow", repr(x), repr(y), attempt(math.pow, x, y), attempt(math.pow, abs(x), y))
for i in range(60):
    x, y = rfloat(-20, 40), rfloat(-20, 20)
    print("remainder", repr(x), repr(y), repr(math.remainder(x, y)), repr(math.fmod(x, y)))
for i in range(40):
    x = rfloat(-1074, 1023)
    e = rnd() % 4200 - 2100
    print("bits", repr(x), math.frexp(x), repr(math.ulp(x)), attempt(math.ldexp, x, e),
          repr(math.nextafter(x, 0.0)), math.modf(x))
for i in range(40):
    n = rnd() ** (rnd() % 30) + rnd()
    print("log", repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)), repr(math.log(n, 7)))
for i in range(40):
    x = rfloat(-8, 8)
    print("libm", repr(x), attempt(math.acosh, abs(x)), attempt(math.atanh, x / 512), repr(math.erfc(x)),
          repr(math.expm1(x)), attempt(math.log1p, x))
