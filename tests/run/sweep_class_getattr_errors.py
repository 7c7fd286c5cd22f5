def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
class C:
    x = 1
show("C.y", "C().y", "getattr(C, 'x')", "int.nope", "(1).nope", "'a'.nope", "[].nope", "None.nope", "len.nope", "type.nope", "object().x", "setattr(1, 'real', 2)", "setattr([], 'append', 1)", "setattr(int, 'x', 1)", "delattr(int, 'real')", "setattr(type, 'x', 1)", "setattr(C, 'z', 1)", "C.z")
show("(1).real.__class__", "int.real.__class__.__name__", "repr(int.real)", "int.real.__get__(5)", "int.real.__get__('a')", "int.__dict__['real'].__name__", "float.real", "repr(complex.real)", "repr(object.__dict__['__class__'])")
