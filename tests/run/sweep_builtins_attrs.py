def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
class C: pass
c = C()
show("getattr()", "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')", "getattr(1, 'x', 'dflt')", "getattr(c, 'y', None)", "getattr(1, 'real')", "getattr(1, 'x', 2, 3)")
show("hasattr(1)", "hasattr(1, 2)", "hasattr(1, 'real')", "hasattr(c, 'z')")
show("setattr(1, 'x', 2)", "setattr(1, 2, 3)", "setattr(1)", "setattr(c, 'a', 5)", "c.a", "setattr(c, 'b', 1, 2)")
show("delattr(1)", "delattr(1, 'x')", "delattr(c, 'a')", "delattr(c, 'a')", "delattr(c, 5)")
show("vars(1)", "vars(1, 2)", "vars(c)", "dir(1, 2)", "'a' in dir(c)", "type(vars(C)).__name__ in ('dict', 'mappingproxy')")
