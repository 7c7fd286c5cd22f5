# class vs instance attributes, shadowing, class-level mutation, methods as attributes
class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.own = []
a, b = Counter(), Counter()
a.shared.append(1)
a.own.append(2)
print(Counter.total, b.shared, b.own, a.total)
a.total = 100
print(a.total, b.total, Counter.total, 'total' in a.__dict__)
del a.total
print(a.total)
class M:
    def method(self):
        return self
m = M()
bound = m.method
print(bound() is m, bound.__self__ is m, bound.__func__ is M.method, M.method(m) is m, type(bound).__name__)
print(bound == m.method, M.method.__name__, M.method.__qualname__)
m.method = lambda: 'instance function'
print(m.method(), M().method() is not None)
class WithDoc:
    "Docstring here."
    def f(self):
        "method doc"
print(WithDoc.__doc__, WithDoc.f.__doc__, WithDoc().f.__doc__)
class Dyn:
    pass
Dyn.greet = lambda self, n: 'hi ' + n
print(Dyn().greet('x'), hasattr(Dyn, 'greet'))
try:
    M().missing_method()
except AttributeError as e:
    print(e)
try:
    M.nothing
except AttributeError as e:
    print(e)
