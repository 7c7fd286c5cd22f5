class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args, **kw)
        obj.made_by_meta = True
        return obj
    def hello(cls):
        return "hello from " + cls.__name__

class Base(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x

class Child(Base, flag=1):
    def method(self):
        pass

print(type(Base).__name__, type(Child).__name__, Base.tag, Child.tag, Child.hello())
c = Child(5)
print(c.x, c.made_by_meta, type(c).__name__, isinstance(Child, Meta), isinstance(c, Base))
print(Meta.__mro__, Meta.__base__, type(Meta))
print(repr(Base), Base.__name__, Base.__qualname__, Base.__module__)
try:
    c.hello()
except AttributeError as e:
    print(type(e).__name__, e)

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class AB(A, B, metaclass=M3): pass
print(type(AB).__name__)
class Sub(A): pass
print(type(Sub).__name__)
class M1Sub(M1): pass
class D(A, metaclass=M1Sub): pass
print(type(D).__name__)
class E(D, A): pass
print(type(E).__name__)

X = type("X", (), {"a": 1, "f": lambda self: self.a + 1})
print(X.__name__, X().f(), X.__bases__, type(X))
Y = type("Y", (X,), {})
print(Y().a, Y.__mro__)
Z = Meta("Z", (), {"q": 3})
print(Z.q, type(Z).__name__, Z.tag)
for args in [("a",), ("a", ()), ("a", (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("n", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("n", (), [])
except TypeError as e:
    print(type(e).__name__, e)
print(type(5), type(type), type(Meta))

def factory(name, bases, ns):
    return 42
class NotAClass(metaclass=factory):
    pass
print(NotAClass)
