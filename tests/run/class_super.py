# super(): zero-argument and explicit forms, cooperative multiple inheritance
class Base:
    def __init__(self):
        self.log = ['Base']
    def hello(self):
        return 'Base.hello'
    @classmethod
    def create(cls):
        return 'Base.create(%s)' % cls.__name__
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Left')
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Right')
    def hello(self):
        return 'Right>' + super().hello()
class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append('Child')
    def hello(self):
        return 'Child>' + super(Child, self).hello()
    @classmethod
    def create(cls):
        return 'Child+' + super().create()
c = Child()
print(c.log, c.hello(), Child.create(), [k.__name__ for k in Child.__mro__])
print(super(Left, c).hello(), super(Right, c).hello(), super(Child, Child).create())
s = super(Child, c)
print(type(s).__name__, repr(s), s.__class__)
print(repr(super(Child)), type(super(Base, c).__init__).__name__)
class NewStyle:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
    def __init__(self, *args):
        self.inited = True
n = NewStyle(1, 2)
print(n.args, n.inited)
class Closure:
    def method(self):
        def inner():
            return __class__
        return inner(), super().__repr__()[:18]
print(Closure().method())
def not_in_class():
    return super()
for f in [not_in_class, lambda: super(1, 2), lambda: super(int, 'x'), lambda: super(1), lambda: super(int, 1, 2)]:
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
class NoArgs:
    @staticmethod
    def f():
        return super()
try:
    NoArgs.f()
except RuntimeError as e:
    print(type(e).__name__, e)
class Attr(Base):
    x = 1
try:
    super(Attr, Attr()).missing
except AttributeError as e:
    print(type(e).__name__, e)
