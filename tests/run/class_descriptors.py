# descriptors written in Python: data and non-data, __set_name__, precedence
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('expected int for ' + self.name)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('deleting', self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata from ' + (objtype.__name__ if objtype else '?')
class Point:
    x = Typed()
    y = Typed()
    label = NonData()
p = Point()
print(p.x)
p.x = 5
print(p.x, p.__dict__)
try:
    p.y = 'bad'
except TypeError as e:
    print(e)
del p.x
print(Point.label, p.label)
p.__dict__['label'] = 'instance wins'
print(p.label)
p.__dict__['x'] = 'ignored'
print(p.x, type(Point.__dict__['x']).__name__, Point.x.name)
class Method:
    def __get__(self, obj, objtype):
        return lambda *a: ('bound', obj is not None, a)
class Host:
    m = Method()
print(Host().m(1), Host.m(2))
class Counted:
    calls = 0
    def __get__(self, obj, objtype=None):
        Counted.calls += 1
        return Counted.calls
class U:
    c = Counted()
u = U()
print(u.c, u.c, U.c)
