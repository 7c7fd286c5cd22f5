class A:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("A.__lt__", type(other).__name__)
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__", type(other).__name__)
        return NotImplemented

class B:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        print("B.__gt__", type(other).__name__)
        return self.v > other.v

print(A(1) < B(2))
print(A(1) == B(1), A(1) != B(1))
a = A(1)
print(a == a, a != a)
try:
    A(1) > B(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1) <= A(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() < object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return "base"
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return "derived"
    def __gt__(self, other):
        print("Derived.__gt__")
        return "derived-gt"
print(Base() == Derived())
print(Base() < Derived())
print(Derived() < Base())

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return Num(self.v + o)
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + Num(2), 5 + Num(1), sum([Num(1), Num(2)]))
try:
    Num(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1) - Num(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    -Num(1)
except TypeError as e:
    print(type(e).__name__, e)

class SubNum(Num):
    def __radd__(self, o):
        print("SubNum.radd")
        return "sub wins"
print(Num(1) + SubNum(2))

class Ne:
    def __eq__(self, o):
        return "eq-result"
print(Ne() != Ne(), Ne() == 1)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), Ord(1) > Ord(0))
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
x = IAdd()
x += 1
x += 2
print(x.items)
class OnlyAdd:
    def __add__(self, o): return "added"
y = OnlyAdd()
y += 1
print(y)
try:
    z = object()
    z += 1
except TypeError as e:
    print(type(e).__name__, e)

class R:
    def __add__(self, o):
        print("R.add")
        return NotImplemented
    def __radd__(self, o):
        print("R.radd")
        return NotImplemented
class R2(R):
    def __radd__(self, o):
        print("R2.radd")
        return NotImplemented
try:
    R() + R2()
except TypeError as e:
    print(type(e).__name__, e)
try:
    R2() + R()
except TypeError as e:
    print(type(e).__name__, e)
try:
    R() + R()
except TypeError as e:
    print(type(e).__name__, e)
class I(int):
    def __radd__(self, o):
        return "I.radd"
print(5 + I(3), I(3) + 5, True + I(1))
