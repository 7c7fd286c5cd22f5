# A bare local name as a statement still reads it.
def f():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def g():
    if False:
        y = 1
    try:
        y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
g()
# Keyword errors come before the positional count (CPython 3.11 order).
def t(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
def h(a, b): pass
def p(a, b, /, c): pass
t(lambda: h(1, 2, 3, c=3))
t(lambda: h(1, 2, 3, a=3))
t(lambda: (lambda: 0)(1, z=1))
t(lambda: p(1, 2, 3, 4, a=1))
t(lambda: p(1, a=1, b=2, zz=3))
t(lambda: p(1, zz=3, a=1))
t(lambda: p(1, 2, 3, b=1, a=2))
t(lambda: [].sort(key=None, reverse=True, x=1))
t(lambda: sorted([], key=None, reverse=True, x=1))
import math
print(math.trunc(-2.7), math.trunc(2.7), math.trunc(10**20), math.trunc(1e20))
t(lambda: math.trunc(float("inf")))
