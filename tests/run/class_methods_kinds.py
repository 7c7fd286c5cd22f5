# classmethod and staticmethod
class Counter:
    count = 0
    @classmethod
    def bump(cls, n=1):
        cls.count += n
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self.add(1, 2), self.bump()
class Sub(Counter):
    pass
print(Counter.bump(), Counter().bump(5), Sub.bump(), Sub.count, Counter.count)
print(Counter.add(2, 3), Counter().add(4, 5), Counter().inst())
cm = Counter.__dict__['bump']
sm = Counter.__dict__['add']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(sm(10, 20), cm.__get__(None, Sub)(), sm.__get__(None, Counter)(1, 1))
print(Counter.bump.__self__ is Counter, Counter.bump.__func__ is cm.__func__, Counter.bump.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__name__, sm.__qualname__, cm.__doc__, cm.__isabstractmethod__)
def plain(x):
    return x * 2
class Late:
    f = staticmethod(plain)
    g = classmethod(lambda cls: cls.__name__)
print(Late.f(4), Late().f(5), Late.g(), Late().g())
for f in [lambda: classmethod(), lambda: staticmethod(1, 2), lambda: classmethod(f=plain)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(staticmethod(plain))[:26], repr(classmethod(plain))[:25])
