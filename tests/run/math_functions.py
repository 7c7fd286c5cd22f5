import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, float("inf"), float("-inf"), float("nan"), 3, -7]
for name in ["acos", "asin", "acosh", "asinh", "atanh", "sinh", "cosh", "tanh", "exp2", "expm1", "log1p", "log2", "log10", "erf", "erfc", "degrees", "radians", "isfinite", "isinf", "isnan", "sqrt", "exp", "atan"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
for name in ["copysign", "atan2", "fmod"]:
    f = getattr(math, name)
    out = []
    for x in vals[::2]:
        for y in vals[1::3]:
            try:
                out.append(repr(f(x, y)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
for bad in [lambda: math.acos("x"), lambda: math.isnan(), lambda: math.copysign(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
