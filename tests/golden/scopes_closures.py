# Closures, nonlocal, global, cells and pass-through free variables.
counter = 0


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek


def outer(a, b):
    c = a + b

    def middle():
        def inner():
            return a, b, c, print

        return inner

    return middle


def bump():
    global counter, created_later
    counter += 1
    created_later = counter
    del created_later


def shadow(x):
    x = x + 1

    def use():
        return x

    x = 2
    return use


def default_and_kw(a, /, b=counter, *args, c, d=len, **kwargs):
    def closure():
        return a, args, kwargs

    return closure


try:
    import json
except ImportError as exc:
    json = None
    problem = exc
finally:
    done = True

with open(__file__) as handle, open(__file__) as (other):
    first = handle.readline()
