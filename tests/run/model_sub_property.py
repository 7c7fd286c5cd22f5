class P(property):
    pass
class C:
    @P
    def x(self):
        "x doc"
        return 1
    @x.setter
    def x(self, v):
        print("set", v)
print(type(C.__dict__["x"]).__name__, C().x, C.x.__doc__, isinstance(C.x, property), C.x.fget.__name__)
C().x = 5

class Cached(property):
    def __init__(self, f):
        super().__init__(f)
        self.name = f.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.fget(obj)
        obj.__dict__[self.name] = v
        return v
class K:
    @Cached
    def val(self):
        print("compute")
        return 42
k = K()
print(k.val, k.val, K.val.name, K.val.__doc__, type(K.val).__name__)
try:
    k.val = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    K.val.setter(lambda s, v: None)
except TypeError as e:
    print(type(e).__name__, e)

class Logged(property):
    def __set__(self, obj, value):
        print("Logged set", value)
        super().__set__(obj, value)
class Box:
    def __init__(self):
        self._v = 0
    @Logged
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
b = Box()
b.v = 9
print(b.v, type(Box.__dict__["v"]).__name__)
p = property(lambda s: 1, doc="d")
print(p.__doc__, property().fget, type(property.__new__(property)).__name__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
