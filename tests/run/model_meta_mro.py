class ReverseMRO(type):
    def mro(cls):
        default = super().mro()
        print("mro() for", cls.__name__, [c.__name__ for c in default])
        return [default[0]] + list(reversed(default[1:-1])) + [object]

class A: 
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A, B, metaclass=ReverseMRO):
    pass
print([k.__name__ for k in C.__mro__], C().who())

class BadMRO(type):
    def mro(cls):
        return [cls, 5]
try:
    class D(metaclass=BadMRO):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type.mro(C) == C.mro(), [k.__name__ for k in type.mro(C)])

class M(type):
    pass
class E(metaclass=M):
    pass
class F(E):
    pass
print(type(F).__name__, F.__mro__, M.__mro__, M.mro(M) if False else "skip", type(M).__name__)
print(isinstance(E, type), isinstance(E, M), issubclass(M, type), E.__class__.__name__, M.__class__.__name__)
print(M.__subclasses__(), E.__subclasses__(), type.__subclasses__(M))
print(M.__name__, M.__qualname__, M.__module__, M.__base__, M.__bases__)
print(type(E).__dict__["__module__"], "__dict__" in M.__dict__, "__weakref__" in M.__dict__)
