def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("list(1)", "list(1, 2)", "list(x=1)", "list('ab')", "list(iterable=[1])", "tuple(1)", "tuple(1, 2)", "tuple('ab')", "tuple(x=1)")
show("set(1)", "set(1, 2)", "set('aa')", "frozenset(1)", "frozenset([1, 1])", "set(iterable=[1])", "frozenset(x=1)")
show("dict(1)", "dict([1])", "dict([(1, 2, 3)])", "dict(1, 2)", "dict([(1, 2)], a=3)", "dict(a=1)", "dict({1: 2}, **{'b': 3})", "dict(['ab'])", "dict([[1, 2]])")
show("str(1, 2)", "str(b'a', 'zz')", "str(x=1)", "str(object=5)", "str(b'a', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str(1, encoding='x')", "str(b'a', errors='strict')", "str(encoding='utf-8')")
show("bytes(-1)", "bytes('a')", "bytes(1.5)", "bytes([256])", "bytes('a', 'zz')", "bytes(3)", "bytes([1, 2])", "bytes('é', 'utf-8')", "bytes(b'x', 'ascii')", "bytes(x=1)", "bytes(source=b'x')")
show("bytearray(-1)", "bytearray([1.5])", "bytearray(2)", "bytearray('ab', 'ascii')", "bytearray('a')", "bytearray(b'q')")
