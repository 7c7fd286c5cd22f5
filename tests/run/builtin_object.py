# object(): instances, attributes, methods of object
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object), o == o, o != object(), hash(o) == hash(o))
for bad in [lambda: object(1), lambda: object(x=1), lambda: setattr(o, 'x', 1), lambda: o.x, lambda: o.__dict__,
            lambda: object.__new__(), lambda: object.__init__()]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(object.__name__, object.__bases__, object.__mro__, object.__base__, object.__module__)
print(o.__class__, o.__format__('') == str(o), o.__sizeof__(), o.__reduce_ex__ is not None, o.__init__(), o.__ne__(o))
print(o.__str__() == o.__repr__(), o.__getattribute__('__class__'), o.__eq__(1), o.__lt__(o), o.__subclasshook__())
print(object.__init_subclass__(), object.__dir__(o) == dir(o) or sorted(object.__dir__(o)) == dir(o))
class Empty:
    pass
print(Empty.__init__ is object.__init__, Empty.__new__ is object.__new__, Empty.__repr__ is object.__repr__)
