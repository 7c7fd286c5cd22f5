def outer():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
f = outer()
f(); f(5)
print(f(), f.__name__, f.__qualname__)
class A:
    x = 10
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v})"
a = A(5)
print(a.get(), a, [a])
print([i * i for i in range(5) if i % 2 == 0], {k: v for k, v in zip("ab", (1, 2))})
print(sum(x for x in range(10)), sorted([3, 1, 2], reverse=True), max([1, 5, 2], key=lambda v: -v))
class MyErr(ValueError):
    pass
try:
    raise MyErr("bad")
except ValueError as e:
    print(type(e).__name__, e.args)
def g():
    return undefined_name
g()
