# Generators: send, throw, close, yield from with return values,
# generator state errors, StopIteration handling.
def echo():
    received = None
    try:
        while True:
            received = yield received
    except GeneratorExit:
        print("closing echo")
        raise
    finally:
        print("echo finally")


g = echo()
print(next(g), g.send(1), g.send("two"))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


def sub():
    x = yield 1
    y = yield x
    return ("sub result", y)


def delegator():
    r = yield from sub()
    print("delegator got", r)
    yield "after"


d = delegator()
print(next(d), d.send("sent-x"), d.send("sent-y"))
try:
    next(d)
except StopIteration:
    print("exhausted")


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught in gen", e)
            yield "recovered"


c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("dead after throw")


def returns():
    yield 1
    return "value"


r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value", e.args)


def bad_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def running():
    yield gen_self.send(None)


gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print(type(e).__name__, e)
fresh = echo()
try:
    fresh.send(5)
except TypeError as e:
    print(type(e).__name__, e)
fresh.close()
print("closed fresh without finally output")


def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(2))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
gexp = (x for x in range(3))
print(iter(gexp) is gexp, list(gexp), list(gexp))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


gf = gen_with_finally()
print(next(gf))
gf.close()
print(list(gen_with_finally()))


def yield_expr_values():
    a = yield
    b = yield a * 2
    print("b is", b)


y = yield_expr_values()
print(next(y), y.send(21))
try:
    y.send("bee")
except StopIteration:
    print("done")
print(type(fib).__name__, type(f).__name__)
