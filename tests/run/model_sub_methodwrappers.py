class CM(classmethod):
    def __get__(self, obj, owner=None):
        print("CM get", owner.__name__ if owner else None)
        return super().__get__(obj, owner)
class A:
    @CM
    def f(cls):
        return cls.__name__
class B(A):
    pass
print(A.f(), B.f(), A().f(), type(A.__dict__["f"]).__name__, A.__dict__["f"].__func__.__name__)

class SM(staticmethod):
    pass
class C:
    @SM
    def g(x):
        return x * 2
print(C.g(2), C().g(3), C.__dict__["g"](4), isinstance(C.__dict__["g"], staticmethod))

class Tagged(classmethod):
    def __init__(self, f, tag="t"):
        super().__init__(f)
        self.tag = tag
class D:
    @Tagged
    def h(cls):
        return "h of " + cls.__name__
print(D.h(), D.__dict__["h"].tag, repr(D.__dict__["h"])[:22])

cm = classmethod.__new__(classmethod)
print(repr(cm))
try:
    cm.__get__(1, int)
except RuntimeError as e:
    print(type(e).__name__, e)
sm = staticmethod.__new__(staticmethod)
try:
    sm.__get__(1, int)
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in (lambda: classmethod(), lambda: staticmethod(1, 2), lambda: classmethod(f=1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(classmethod(len).__func__, staticmethod(len)([1, 2]))
