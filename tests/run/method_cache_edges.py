# obj.name(...) call sites keep a cache of the function found on the
# type; every way of changing the answer must be seen.

class A:
    def f(self):
        return "A.f"

class B(A):
    pass

def call_f(o):
    return o.f()

a, b = A(), B()
print([call_f(x) for x in (a, b, a, b)])

# Replacing the method on the class.
A.f = lambda self: "new A.f"
print(call_f(a), call_f(b))

# Overriding in a subclass after the site has seen it.
B.f = lambda self: "B.f"
print(call_f(a), call_f(b))
del B.f
print(call_f(b))

# An instance attribute shadows the class's function, and stops doing so.
a.f = lambda: "instance f"
print(call_f(a))
del a.f
print(call_f(a))

# Changing the instance's class.
class C:
    def f(self):
        return "C.f"
c = C()
print(call_f(c))
c.__class__ = A
print(call_f(c))

# A class without instance dicts (__slots__).
class S:
    __slots__ = ("x",)
    def f(self):
        return "S.f"
s = S()
print(call_f(s), call_f(s))
S.f = lambda self: "S.f2"
print(call_f(s))

# Builtin types at the same site, then a subclass that overrides.
def strip_it(x):
    return x.strip()
print(repr(strip_it("  a ")), repr(strip_it(b" b ")))
class MyStr(str):
    def strip(self):
        return "MyStr.strip"
print(strip_it(MyStr(" q ")), repr(strip_it(" r ")))

# __getattribute__ added to the class later.
class G:
    def f(self):
        return "G.f"
g = G()
print(call_f(g))
G.__getattribute__ = lambda self, name: (lambda: "via __getattribute__")
print(call_f(g))

# A method that is not a plain function (staticmethod, classmethod, callable object).
class D:
    @staticmethod
    def f():
        return "static"
print(call_f(D()))
class E:
    @classmethod
    def f(cls):
        return "class " + cls.__name__
print(call_f(E()))
class Callable:
    def __call__(self):
        return "callable object"
class F:
    f = Callable()
print(call_f(F()))

# The function removed from the class: AttributeError, then restored.
class H:
    def f(self):
        return "H.f"
h = H()
print(call_f(h))
del H.f
try:
    call_f(h)
except AttributeError as e:
    print("AttributeError:", e)
H.f = lambda self: "H.f again"
print(call_f(h))

# Many types through one site.
for o in [a, b, c, s, g, D(), E(), F(), h]:
    print(type(o).__name__, call_f(o))
