# super() in classmethods, staticmethods, properties, nested functions and with __class__
class Base:
    def __init__(self):
        self.tag = 'base'
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    def name(self):
        return 'Base.name'
    def greet(self, who='world'):
        return 'hello ' + who
class Child(Base):
    def __init__(self):
        super().__init__()
        self.tag += '+child'
    @classmethod
    def make(cls):
        return 'Child(' + super().make() + ')'
    @property
    def name(self):
        return 'Child/' + super().name
    def greet(self, who='world'):
        helper = lambda: super(Child, self).greet(who.upper())
        return helper() + '!'
    def cls_cell(self):
        return __class__
c = Child()
print(c.tag, Child.make(), c.make(), c.name, c.greet(), c.greet('bob'), c.cls_cell() is Child)
class GrandChild(Child):
    def greet(self, who='x'):
        return super().greet(who) + '?'
print(GrandChild().greet(), GrandChild.make(), GrandChild().cls_cell())
class Kw:
    def method(self, *args, **kwargs):
        return args, kwargs
class KwChild(Kw):
    def method(self, *args, **kwargs):
        return super().method(*args, extra=1, **kwargs)
print(KwChild().method(1, 2, k=3))
class Varargs(Base):
    def greet(*args):
        return super().greet()
print(Varargs().greet())
class Obj:
    def __repr__(self):
        return 'Obj:' + super().__repr__()[:15]
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = object.__hash__
o = Obj()
print(repr(o), o == o, o == 1, o != o)
