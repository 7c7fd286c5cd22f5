class Plain:
    pass


class Loud:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)


class Lazy:
    def __getattr__(self, k):
        return "lazy-" + k


class Prop:
    @property
    def x(self):
        return "prop"

    @x.setter
    def x(self, v):
        print("prop set", v)


def touch(o, v):
    o.x = v
    return o.x


objs = [Plain(), Loud(), Plain(), Prop(), Plain()]
for round_ in range(3):
    for o in objs:
        print(type(o).__name__, touch(o, round_))
lz = Lazy()
for i in range(3):
    print(lz.y)
    lz.y = i
    print(lz.y)
# class attribute changes invalidate
class C:
    pass
c = C()
c.v = 1
def read(o):
    return o.v
print(read(c))
C.v = property(lambda self: "class prop")
print(read(c))
del C.v
print(read(c))
c.__class__ = Plain
try:
    read(c)
except AttributeError as e:
    print("AttributeError", e)
class S:
    __slots__ = ("v",)
s = S()
s.v = 5
print(read(s))
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError", e)
