# gen.throw(): raised at the yield; caught, the next value comes back.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError, "by class"))
def plain():
    yield 1
g = plain()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("not started:", repr(e))
try:
    next(g)
except StopIteration:
    print("closed after throw")
g = plain()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e, e.__traceback__ is not None)
try:
    plain().throw(1)
except TypeError as e:
    print(e)
def delegating():
    yield from catcher()
d = delegating()
next(d)
print(d.throw(ValueError("through yield from")))
g = plain()
next(g)
g.throw(IndexError("uncaught"))
