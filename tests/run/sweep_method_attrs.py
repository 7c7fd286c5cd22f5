def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
class C:
    def m(self, x=1):
        "mdoc"
        return x
    @classmethod
    def cm(cls): return cls
    @staticmethod
    def sm(): return 5
c = C()
show("c.m.__func__ is C.m", "c.m.__self__ is c", "c.m.__name__", "c.m.__qualname__", "c.m.__doc__", "c.m.__defaults__", "c.m.__module__")
show("C.cm.__self__ is C", "C.cm.__func__.__name__", "C.sm.__qualname__", "type(C.__dict__['sm']).__name__", "C.__dict__['sm'].__func__()", "C.__dict__['cm'].__func__(1)")
show("c.m == c.m", "c.m is c.m", "c.m != C().m", "hash(c.m) == hash(c.m)", "setattr(c.m, 'x', 1)", "setattr(c.m, '__func__', 1)", "setattr(c.m, '__self__', 1)")
show("repr(type(c.m).__dict__['__func__'])", "repr(type(c.m).__dict__['__self__'])", "type(c.m)(len, 1)()", "type(c.m)(1, 2)")
show("C.m.__get__(c)()", "C.m.__get__(None, C) is C.m")
