def count(n):
    i = 0
    while i < n:
        x = yield i
        if x:
            print("got", x)
        i += 1
    return "done"

g = count(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args)
print(list(count(4)), sum(x * x for x in range(10)))
def deleg():
    r = yield from count(2)
    print("r", r)
    yield 99
print(list(deleg()))
print(type(g).__name__)
gen = (c for c in "ab")
print(next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
