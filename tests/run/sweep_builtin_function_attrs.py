def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("len.__name__", "len.__qualname__", "len.__module__", "len.__self__.__name__", "[].append.__name__", "[].append.__qualname__", "[].append.__module__", "type([].append.__self__)", "(1).__add__.__name__", "(1).__add__.__self__")
show("setattr(len, '__name__', 'x')", "setattr(len, 'x', 1)", "callable(len)", "len == len", "hash(len) == hash(len)")
show("repr(len)", "repr(print)", "repr(type(len))", "type(len).__name__", "type([].append).__name__", "repr(type(len).__dict__['__name__'])", "repr(type(len).__dict__['__self__'])", "repr(type(len).__dict__['__module__'])")
show("dict.fromkeys([1]).__class__", "int.from_bytes(b'\\x01', 'big')", "str.maketrans('a', 'b')", "[].append.__self__ == []", "{}.get.__name__")
