def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
class C:
    pass
o = C()
show("object.__eq__(o, o)", "object.__eq__(o, 1)", "object.__ne__(o, 1)", "object.__lt__(o, o)", "o == o", "o != C()", "o < o", "object.__hash__(o) == hash(o)", "object.__repr__(o).startswith('<__main__.C object at')", "object.__str__(1)")
show("object.__format__(o, '') == str(o)", "format(o, 'x')", "object.__format__(1, 'd')", "object.__dir__(o) == dir(o) or True", "object.__getattribute__(o, '__class__')", "object.__getattribute__(o, 'zz')", "object.__setattr__(o, 'v', 1)", "o.v", "object.__delattr__(o, 'v')", "object.__delattr__(o, 'v')")
show("object.__setattr__(1, 'x', 2)", "object.__init__(o)", "object.__init__(o, 1)", "object.__new__(C).__class__", "object.__new__(1)", "object.__new__(int)", "o.__class__", "setattr(o, '__class__', 1)", "object().__dict__", "setattr(object(), 'x', 1)", "C.__init_subclass__()", "object.__subclasshook__()")
show("o.__module__", "C.__module__", "C.__name__", "C.__qualname__", "C.__bases__", "C.__mro__", "C.__base__", "type(C).__name__", "C.__doc__", "int.__base__", "bool.__mro__", "object.__bases__", "type.__base__")
