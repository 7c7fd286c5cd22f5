# property: decorator forms, setter/deleter, docs, errors
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    def get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(get_f, doc='in F')
    readonly = property()
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.fahrenheit.fset)
for action in [lambda: setattr(t, 'fahrenheit', 5), lambda: delattr(t, 'fahrenheit'), lambda: t.readonly,
               lambda: setattr(t, 'celsius', -300)]:
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
p = property(lambda self: 42)
class Late:
    pass
Late.answer = p
print(Late().answer)
try:
    Late().answer = 1
except AttributeError as e:
    print(e)
t.__dict__['celsius'] = 'shadow'
print(t.celsius)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub:' + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius, Sub.celsius.__doc__)
