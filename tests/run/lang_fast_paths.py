s = ""
for i in range(5):
    s += "ab"
t = s
s += "c"
print(s, t, hash(s) == hash("ababababab" + "c"), len(s))
u = "x"
u += u
print(u)
d = {"k": "v"}
x = d["k"]
x += "w"
print(x, d)
# In-place growth of a local must not be visible through other references.
def grow():
    s = "x"
    keep = [s]
    for i in range(3):
        s += str(i)
        keep.append(s)
    t = s
    s += "!"
    u = s
    u += u
    return s, t, u, keep
print(grow())
# A str held by two names must not change when one of them grows.
parts = []
acc = ""
for i in range(4):
    acc += str(i)
    parts.append(acc)
print(parts)
k = "ab"
k += k
print(k, len(k), hash(k) == hash("abab"))
# Class attributes changed after lookups were cached.
class Base:
    def who(self):
        return "base"
class Derived(Base):
    pass
obj = Derived()
print(obj.who())
Base.who = lambda self: "patched"
print(obj.who())
Derived.who = lambda self: "own"
print(obj.who())
del Derived.who
print(obj.who(), hasattr(Derived, "who"))
class A:
    def __init__(self, x, y=2, *, z=3):
        self.s = x + y + z
a = A(1); print(a.s, A(1, 5, z=0).s, type(a).__name__)
class B(A):
    pass
print(B(10).s)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class N:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
N(3)
try:
    A()
except TypeError as e:
    print(e)
class E:
    def __init__(self):
        raise ValueError("boom")
try:
    E()
except ValueError as e:
    print("caught", e)
def f():
    return Bad()
f()
