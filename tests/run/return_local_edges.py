# `return x` of a local: the value at the return, bound-ness checks,
# finally blocks that rebind the local, and frame objects after return.
import sys


def plain(n):
    return n


def rebind_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2


def rebind_in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    y = "before"
    with CM():
        return y


def in_loop(items):
    for it in items:
        if it > 2:
            return it
    return None


def deleted():
    x = 5
    del x
    return x


def never_bound(flag):
    if flag:
        x = 1
    return x


saved = []


def keeps_frame():
    z = [1, 2]
    saved.append(sys._getframe())
    return z


print(plain(3), plain("s"), rebind_in_finally(), rebind_in_with(), in_loop([1, 2, 3, 4]), in_loop([]))
for f in (deleted, lambda: never_bound(False)):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
r = keeps_frame()
print(r, saved[0].f_locals["z"], saved[0].f_locals["z"] is r)
print(never_bound(True))
never_bound(False)
