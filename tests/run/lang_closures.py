# Closures, nonlocal and global, lambdas, decorators on functions and
# classes, recursion, late binding in loops.
counter_total = 0


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())


def bump():
    global counter_total
    counter_total += 1
    return counter_total


bump()
bump()
print(counter_total)


def define_global():
    global brand_new
    brand_new = "created"


define_global()
print(brand_new)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "inner changed"
            return x

        return inner()

    middle()
    return x


print(outer())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def late():
    funcs = []
    for k in range(3):
        def show():
            return k
        funcs.append(show)
    return [f() for f in funcs]


print(late())

add = lambda a, b=1, *c, **d: (a + b, c, d)
print(add(1), add(1, 2, 3, x=4), (lambda: None)(), (lambda *a: a)(1, 2))
print((lambda x: (lambda y: x + y))(10)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))


def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


def with_arg(tag):
    def decorate(fn):
        def wrapper(*a):
            return f"<{tag}>{fn(*a)}</{tag}>"
        return wrapper
    return decorate


@deco
def add2(a, b):
    return a + b


@with_arg("b")
@with_arg("i")
def text(s):
    return s


print(add2(1, b=2), text("hi"))

registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls


@register
class Plugin:
    pass


print(registry, Plugin.registered)


def class_deco_factory(n):
    def apply(cls):
        cls.n = n
        return cls
    return apply


@class_deco_factory(7)
@register
class Other:
    pass


print(Other.n, registry)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))


def fib_memo():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r

    return fib


print(fib_memo()(80))


def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)


scope_test()
print("In global scope:", spam)


def closure_over_param(x):
    return lambda: x * 2


print(closure_over_param(21)())


def gen_closure():
    total = 0

    def add(v):
        nonlocal total
        total += v
        yield total

    return add


ga = gen_closure()
print(next(ga(5)), next(ga(6)))


def cell_in_class():
    v = "from function"

    class C:
        attr = v

        def m(self):
            return v

    return C.attr, C().m()


print(cell_in_class())


def class_scope_skip():
    x = "function x"

    class C:
        x = "class x"
        y = [x for _ in range(1)]

        def m(self):
            return x

    return C.x, C.y, C().m()


print(class_scope_skip())
print(fact.__name__, add.__name__, deco(fact).__name__, make_counter.__defaults__)


def counter_gen():
    n = 0
    while True:
        n += 1
        received = yield n
        if received:
            n = received


cg = counter_gen()
print(next(cg), next(cg), cg.send(10), next(cg))


def yf():
    r = yield from range(3)
    yield "done"


print(list(yf()))
