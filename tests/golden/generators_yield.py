# yield, yield from, and yield expressions.
def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        i += 1


def delegate():
    result = yield from counter(3)
    yield from [10, 20]
    return result


def expressions():
    x = yield
    y = yield x
    z = (yield)
    w = (yield y) + 1
    lst = [(yield), (yield 1)]
    yield 1, 2, 3
    yield *lst, z
    t = yield from ()
    print((yield), w, t)
    f = lambda: (yield)
    return x


g = counter(5)
print(next(g), g.send(2), list(g))
print(list(delegate()))
e = expressions()
print(next(e))
