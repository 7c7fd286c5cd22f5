class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st():
        return "static"
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B:" + super().make()
class C(B):
    def who(self):
        s = super()
        return "C>" + s.who() + " " + repr(type(s).__name__) + " " + str(s.st())
print(C(3).x, C(3).who(), C.make(), B(1).who())
def f():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
f()
class D:
    def m():
        return super()
try:
    D.m()
except RuntimeError as e:
    print("RuntimeError:", e)
class E(A):
    def m(self):
        del __class__
try:
    pass
except Exception:
    pass
class F(A):
    def m(self, *args):
        return super().who()
print(F(0).m(), F(0).m(1, 2))
class G(A):
    def m(*args):
        return super().who()
try:
    print(G(0).m())
except RuntimeError as e:
    print('RuntimeError:', e)
sup = super
class H(A):
    def who(self):
        return "H>" + sup().who()
print(H(0).who())
try:
    super(x=1)
except TypeError as e:
    print("TypeError:", e)
