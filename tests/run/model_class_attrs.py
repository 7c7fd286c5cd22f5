class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
L = Outer().f()
print(L.__qualname__, L.__doc__, repr(L))
print(type(Outer.__dict__).__name__, "__doc__" in Outer.__dict__, Outer.__dict__["__doc__"])
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
class Simple:
    x = 1
print(repr(Simple.__dict__)[:40])
try:
    Simple.__dict__["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
Simple.__name__ = "Renamed"
Simple.__qualname__ = "Q.Renamed"
print(Simple.__name__, Simple.__qualname__, Simple)
Simple.__doc__ = "new doc"
print(Simple.__doc__)
Simple.__module__ = "mymod"
print(Simple, type(Simple()))
for bad in (lambda: setattr(Simple, "__name__", 5), lambda: setattr(Simple, "__qualname__", 5), lambda: setattr(int, "x", 1), lambda: delattr(Simple, "nope")):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, type(int.__dict__).__name__)
print(Simple.__bases__, Simple.__base__, object.__base__, object.__bases__, type.__base__)
print(Outer.Inner.__mro__, Outer.mro(), type.mro(Outer))
print(isinstance(Outer.__dict__, dict))

class Base:
    pass
class C1(Base): pass
class C2(Base): pass
class C3(C1): pass
print(Base.__subclasses__(), C1.__subclasses__(), C3.__subclasses__())

class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class Z(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class O1: pass
class O2: pass
class O3(O1, O2): pass
class D1(O1): pass
class D2(O2): pass
class Big(D1, D2, O3): pass
print([k.__name__ for k in Big.__mro__])
class Diamond1: pass
class Left(Diamond1): pass
class Right(Diamond1): pass
class Bottom(Left, Right): pass
print([k.__name__ for k in Bottom.mro()])
try:
    class Bad(Left, Diamond1, Right): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.mro(Simple, 5)
except TypeError as e:
    print(type(e).__name__, e)
