class L(list):
    def __new__(cls, *args, **kw):
        print("L.__new__", args, kw)
        return super().__new__(cls)
    def __init__(self, a, b=0, **kw):
        print("L.__init__", a, b, kw)
        super().__init__([a, b])
print(L(1, b=2, extra=3))

class D(dict):
    def __init__(self, pairs, scale):
        super().__init__((k, v * scale) for k, v in pairs)
print(D([("a", 1)], 10))

class S(set):
    def __init__(self, *items):
        super().__init__(items)
print(sorted(S(3, 1, 2)))

class Str(str):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
    def __init__(self, value, tag):
        print("Str.__init__", value, tag)
x = Str("v", "t")
print(x, x.tag)

class NoInit(tuple):
    pass
print(NoInit([1, 2]), NoInit.__init__ is object.__init__, NoInit.__new__ is tuple.__new__)
try:
    NoInit([1], [2])
except TypeError as e:
    print(type(e).__name__, e)

class I(int):
    def __init__(self, v):
        print("I.__init__ sees", v, int(self))
print(I("42"))
try:
    I(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class ReNew(list):
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        print("never runs")
print(ReNew(), type(ReNew()).__name__)

class Obj:
    def __init__(self, a):
        self.a = a
try:
    Obj()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Obj(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class BadNew:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    BadNew(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
b = bytearray.__new__(bytearray)
print(b, list.__new__(list), dict.__new__(dict), set.__new__(set), int.__new__(int), str.__new__(str, "q"))
l = [1, 2]
list.__init__(l, "ab")
print(l)
d = {"x": 1}
d.__init__(y=2)
print(d)
