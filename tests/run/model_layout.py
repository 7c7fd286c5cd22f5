def attempt(label, make):
    try:
        c = make()
        print(label, "ok", c.__name__, c.__base__.__name__, [k.__name__ for k in c.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("list+dict", lambda: type("X", (list, dict), {}))
attempt("int+str", lambda: type("X", (int, str), {}))
attempt("int+float", lambda: type("X", (int, float), {}))
attempt("exc+list", lambda: type("X", (Exception, list), {}))
attempt("type+int", lambda: type("X", (type, int), {}))
class A(list): pass
class B(list): pass
attempt("A+B", lambda: type("X", (A, B), {}))
class IA(int): pass
class IB(int): pass
attempt("IA+IB", lambda: type("X", (IA, IB), {}))
class Plain: pass
attempt("Plain+list", lambda: type("X", (Plain, list), {}))
attempt("list+Plain", lambda: type("X", (list, Plain), {}))
class P1: __slots__ = ("a",)
class P2: __slots__ = ("b",)
attempt("P1+P2", lambda: type("X", (P1, P2), {}))
class E1: __slots__ = ()
attempt("P1+E1", lambda: type("X", (P1, E1), {}))
attempt("dup", lambda: type("X", (A, A), {}))
attempt("bool", lambda: type("X", (bool,), {}))
attempt("mro", lambda: type("X", (object, A), {}))
class O: pass
class M1(O): pass
attempt("mro2", lambda: type("X", (O, M1), {}))

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(self)} items"
class ML(Mixin, list):
    pass
m = ML([1, 2])
print(m.describe(), m, ML.__base__, isinstance(m, Mixin), isinstance(m, list))

class Obj:
    pass
o = Obj()
try:
    object.__new__(A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__new__(Obj)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(A)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__new__(A), type(list.__new__(A)).__name__, int.__new__(IA, 7), type(int.__new__(IA, 7)).__name__)

class C1: pass
class C2: pass
c = C1()
c.__class__ = C2
print(type(c).__name__)
for target in (A, IA, int):
    try:
        c.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
a = A([1])
a.__class__ = B
print(type(a).__name__, a)
try:
    (5).__class__ = IA
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = IA
except TypeError as e:
    print(type(e).__name__, e)
class S1: __slots__ = ("x",)
class S2: __slots__ = ("x",)
class S3: __slots__ = ("y", "z")
s = S1()
s.x = 1
s.__class__ = S2
print(type(s).__name__, s.x)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
