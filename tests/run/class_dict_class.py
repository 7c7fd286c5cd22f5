# __dict__, __class__, class attributes and __class__ assignment
class A:
    """doc of A"""
    x = 1
    def f(self):
        return 'A.f'
class B:
    def f(self):
        return 'B.f'
a = A()
a.y = 2
print(a.__dict__, A.__doc__, B.__doc__, a.__class__ is A, type(a) is A)
print(sorted(k for k in A.__dict__), A.__dict__['x'], '__weakref__' in A.__dict__)
a.__dict__['z'] = 3
print(a.z, vars(a))
a.__dict__ = {'new': 1}
print(a.new, hasattr(a, 'y'))
a.__class__ = B
print(a.f(), type(a).__name__, isinstance(a, B))
for bad in [lambda: setattr(a, '__class__', 5), lambda: setattr(a, '__class__', int), lambda: setattr(a, '__dict__', 5),
            lambda: delattr(a, '__class__'), lambda: setattr(1, '__class__', bool)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, A.__base__, A.__mro__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
print(int.__class__, type.__class__, (1).__class__, A.__class__, None.__class__)
print(object.__class__, object.__dict__['__init__'], type(A.__dict__['__dict__']).__name__)
