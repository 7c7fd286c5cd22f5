class Animal:
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
class Cat(Animal):
    def speak(self):
        return "meow"
a = Dog()
a.name = "rex"
print(a.speak(), type(a).__name__)
a.__class__ = Cat
print(a.speak(), type(a).__name__, a.name, isinstance(a, Cat), isinstance(a, Dog))
a.__class__ = Animal
print(a.speak())
for bad in (5, "str", None):
    try:
        a.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)

class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3(S1):
    pass
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = Dog
except TypeError as e:
    print(type(e).__name__, e)

class L1(list): pass
class L2(list): pass
l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)
for target in (list, dict, Dog):
    try:
        l.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
class E1(Exception): pass
class E2(Exception): pass
e = E1("x")
e.__class__ = E2
print(type(e).__name__, e.args)
try:
    e.__class__ = Dog
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    [].__class__ = L1
except TypeError as e3:
    print(type(e3).__name__, e3)
try:
    object().__class__ = Dog
except TypeError as e4:
    print(type(e4).__name__, e4)
class M(type): pass
class WithMeta(metaclass=M): pass
try:
    WithMeta.__class__ = type
except TypeError as e5:
    print(type(e5).__name__, e5)
class PM(type):
    @property
    def setting(cls):
        return getattr(cls, "_setting", "default")
    @setting.setter
    def setting(cls, v):
        print("PM setter", v)
        cls._setting = v
class Conf(metaclass=PM):
    pass
Conf.setting = "custom"
print(Conf.setting, "setting" in Conf.__dict__, Conf._setting)
class RO(type):
    @property
    def fixed(cls):
        return 1
class R(metaclass=RO): pass
try:
    R.fixed = 2
except AttributeError as e:
    print(type(e).__name__, e)
