# Class bodies: class attributes, methods, inheritance, super(),
# properties, class/static methods, dunder protocols, MRO.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super(Dog, self).speak() + " tiny"


a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
print(a.speak(), d.speak(), p.speak(), sep="\n")
print(Animal.count, p.kind, Puppy.kind, Animal.kind, p, [a, d])
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
d.kind = "instance attr"
print(d.kind, Dog.kind, "kind" in vars(d))


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.mro()])


class Temp:
    scale = "C"

    def __init__(self, deg):
        self._deg = deg

    @property
    def deg(self):
        return self._deg

    @deg.setter
    def deg(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._deg = v

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32


t = Temp.freezing()
t.deg = 100
print(t.deg, Temp.convert(t.deg), type(t).__name__)
try:
    t.deg = -300
except ValueError as e:
    print(type(e).__name__, e)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, s):
        return s * self.x

    def __neg__(self):
        return Vec(-self.x, -self.y)


v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, v == Vec(1, 2), v != w, len(v), v[1], list(v), bool(Vec(0, 0)))
print(sorted([w, v]), 2 in v, v("ab"), -v, {v: 1}[Vec(1, 2)], max(v, w))
x, y = v
print(x, y)


class Base:
    registry = []

    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))


class Sub1(Base, tag="one"):
    pass


class Sub2(Base):
    pass


print(Base.registry)


class Body:
    a = 1
    b = a + 1
    c = [a, b]
    for i in range(2):
        c.append(i)
    del i
    if a:
        flag = "set in if"

    def method(self):
        return self.a + self.b


print(Body.c, Body.flag, Body().method(), hasattr(Body, "i"), Body.__name__, Body.__qualname__)


class Outer:
    class Inner:
        def m(self):
            return type(self).__qualname__


print(Outer.Inner().m(), Outer.Inner.m.__qualname__)


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __getattr__(self, name):
        return f"missing:{name}"


c = Counter()
c += 5
print(c.n, c.whatever)
try:
    Animal()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Animal("x").fly()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Vec(1, 2) + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    1 + Vec(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vec(1, 2) < 3
except AttributeError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class Desc:
    def __get__(self, obj, owner):
        return ("get", owner.__name__, obj is None)

    def __set_name__(self, owner, name):
        self.name = name


class UsesDesc:
    d = Desc()


print(UsesDesc.d, UsesDesc().d, UsesDesc.__dict__["d"].name)


def super_outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)


super_outside()
print(type(Animal), type(type), Animal.__bases__, object.__bases__, Dog.__base__)
