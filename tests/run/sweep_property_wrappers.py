def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
def getter(self): return 1
p = property(getter, None, None, "pdoc")
show("p.fget is getter", "p.fset", "p.fdel", "p.__doc__", "p.__isabstractmethod__", "setattr(p, 'fget', 1)", "delattr(p, 'fset')", "repr(property.__dict__['fget'])", "repr(property.__dict__['__isabstractmethod__'])")
show("property().fget", "property(1).fget", "property(fget=len).fget", "property(x=1)", "property(1, 2, 3, 4, 5)")
class A:
    def f(self): pass
    f.__isabstractmethod__ = True
show("property(A.f).__isabstractmethod__", "staticmethod(A.f).__isabstractmethod__", "classmethod(A.f).__isabstractmethod__", "staticmethod(len).__isabstractmethod__")
sm = staticmethod(len)
cm = classmethod(len)
show("sm.__func__", "sm.__wrapped__", "cm.__func__", "cm.__wrapped__", "sm.__name__", "repr(sm)", "repr(cm)", "callable(sm)", "sm('abc')")
show("staticmethod()", "staticmethod(1, 2)", "classmethod()", "staticmethod(1).__func__", "setattr(sm, '__func__', 1)")
