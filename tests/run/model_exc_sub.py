class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(42)
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, Exception), type(e).__mro__[1].__name__)

class Quiet(ValueError):
    pass
try:
    int("x")
except ValueError as e:
    q = Quiet(*e.args)
    print(type(q).__name__, q, q.args)

class WithSlots(KeyError):
    __slots__ = ("extra",)
w = WithSlots("k")
w.extra = 1
w.other = 2
print(w, w.extra, w.other, w.__dict__)

class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, (KeyError, IndexError))
class LookupLike(Exception, metaclass=Meta):
    pass
print(isinstance(KeyError(), LookupLike), isinstance(ValueError(), LookupLike))
try:
    {}["x"]
except LookupLike:
    print("caught by metaclass check?")
except KeyError:
    print("caught as KeyError")

try:
    class Bad(Exception, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class E1(Exception): pass
class E2(E1): pass
print(E2.__mro__, E1.__subclasses__(), issubclass(E2, Exception))
try:
    raise E2("boom")
except E1 as e:
    print("E1 handler", type(e).__name__, e)
class Final(AppError):
    pass
raise Final(7, "uncaught")
