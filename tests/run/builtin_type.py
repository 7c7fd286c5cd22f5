# type(): one and three arguments
print(type(1), type('s'), type(None), type(type), type(int), type(1j), type(range(1)), type(print))
X = type('X', (), {'a': 1, 'm': lambda self: self.a * 2})
x = X()
print(X.__name__, X.__bases__, x.a, x.m(), type(x) is X, X.__module__ if hasattr(X, '__module__') else None)
Y = type('Y', (X,), {})
print(Y.__mro__, Y().m(), issubclass(Y, X))
for args in [(), (1, 2), ('Z', 1, {}), ('Z', (1,), {}), (1, (), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Bad(1):
        pass
except TypeError as e:
    print(e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(e)
print(type.__name__, type.__mro__, type(type(5)))
