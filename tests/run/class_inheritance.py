# inheritance: MRO, method resolution, overriding, class attributes
class A:
    x = 'A.x'
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    x = 'C.x'
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
d = D()
print(d.who(), d.x, d.chain(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__, B.__subclasshook__() if False else None, issubclass(D, A))
A.x = 'changed'
B.new_attr = 'added'
print(B().x, D().new_attr, C().x)
del C.x
print(D().x)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E(D, A):
    pass
print([k.__name__ for k in E.__mro__])
class Base:
    def template(self):
        return self.hook() * 2
    def hook(self):
        return 1
class Impl(Base):
    def hook(self):
        return 21
print(Impl().template(), Base().template())
class WithExc(Exception):
    pass
class MoreExc(WithExc, ValueError):
    pass
print([k.__name__ for k in MoreExc.__mro__], isinstance(MoreExc(), ValueError))
