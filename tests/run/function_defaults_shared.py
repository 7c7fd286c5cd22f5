def outer():
    def inner(x):
        "the doc"
        return x
    return inner
a, b = outer(), outer()
print(a.__name__, a.__qualname__, a.__doc__, a.__module__, a is b)
print(a.__name__ is b.__name__, a.__doc__ is b.__doc__, a.__qualname__ == b.__qualname__)
a.__name__ = "renamed"
a.__qualname__ = "outer.renamed"
a.__doc__ = None
print(a.__name__, b.__name__, a.__qualname__, b.__qualname__, a.__doc__, b.__doc__)
c = outer()
print(c.__name__, c.__qualname__, c.__doc__)
g = {"__name__": "fake_module"}
exec("def h(): pass", g)
print(g["h"].__module__)
g2 = {}
exec("def h(): pass", g2)
print(g2["h"].__module__)
lam = [lambda: i for i in range(3)]
print([f.__name__ for f in lam], lam[0].__qualname__)
def f():
    return [lambda: 1 for _ in range(1)][0], [[lambda: 2 for _ in range(1)] for _ in range(1)][0][0], (lambda: (lambda: 3))(), {k: (lambda: 4) for k in 'a'}['a']
for g in f(): print(g.__qualname__)
class C:
    x = [lambda: 5 for _ in range(1)]
    def m(self):
        return [lambda: 6 for _ in range(1)][0]
print(C.x[0].__qualname__, C().m().__qualname__)
