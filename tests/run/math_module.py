# The math module's namespace: functions, their names and docs, constants.
import math

names = [n for n in dir(math) if not n.startswith("_")]
print(names)
for n in names:
    v = getattr(math, n)
    if callable(v):
        print(n, v.__name__, repr(v), v.__module__, type(v).__name__)
        print(v.__doc__)
    else:
        print(n, repr(v), type(v).__name__)
print(math.__name__, math.__doc__)
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.e)
print(math.inf > 1e308, -math.inf, math.nan != math.nan)
