# __init__ / __new__ interplay and argument errors
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class WithInit:
    def __init__(self, a, b=2):
        self.s = a + b
print(WithInit(1).s, WithInit(1, b=5).s)
try:
    WithInit()
except TypeError as e:
    print(e)
class WithNew:
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls)
        inst.created = args
        return inst
w = WithNew(1, 2)
print(w.created, type(WithNew.__dict__['__new__']).__name__)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NewReturnsOther())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class NewArgs:
    def __new__(cls, x):
        return object.__new__(cls, x)
try:
    NewArgs(1)
except TypeError as e:
    print(e)
class InitArgs:
    def __init__(self, x):
        super().__init__(x)
try:
    InitArgs(1)
except TypeError as e:
    print(e)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Base:
    def __init__(self, name):
        self.name = name
class Derived(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
d = Derived('n', 'e')
print(d.name, d.extra, isinstance(d, Base))
class E(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise E(7)
except E as e:
    print(e, e.code, e.args)
