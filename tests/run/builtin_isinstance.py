# isinstance and issubclass with classes, tuples, builtins and errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance(1j, complex))
print(isinstance('s', str), isinstance([], (tuple, (list, dict))), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, object), issubclass(B, (C, A)))
print(issubclass(type, object), issubclass(object, type), issubclass(A, A), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(A, type), isinstance(type, type), isinstance(object, object), issubclass(B, ()))
for call in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
             lambda: issubclass(int, 1), lambda: isinstance(1), lambda: issubclass(b, A)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (1, int)))
