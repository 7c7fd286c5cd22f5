ABSTRACT = []
class ABCMetaLike(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registry = set()
        cls._abstract = {k for k, v in ns.items() if v in ABSTRACT}
        for b in bases:
            for k in getattr(b, "_abstract", ()):
                if k not in ns:
                    cls._abstract.add(k)
        return cls
    def register(cls, sub):
        cls._registry.add(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        if sub in cls._registry or any(issubclass(sub, r) for r in cls._registry):
            return True
        return type.__subclasscheck__(cls, sub)
    def __call__(cls, *a, **k):
        if cls._abstract:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls._abstract))}")
        return super().__call__(*a, **k)

def abstract(f):
    ABSTRACT.append(f)
    return f

class Shape(metaclass=ABCMetaLike):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

class Half(Shape):
    def area(self): return 0

try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.name(), isinstance(sq, Shape), issubclass(Square, Shape))

@Shape.register
class Circle:
    pass
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), issubclass(int, Shape), isinstance(3, Shape))
Shape.register(int)
print(isinstance(3, Shape), issubclass(bool, Shape), isinstance(3, (str, Shape)))
print(type(Shape).__name__, type(Square).__name__, Square.__mro__[1].__name__)
