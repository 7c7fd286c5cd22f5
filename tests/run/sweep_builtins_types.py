def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("isinstance(1)", "isinstance(1, 1)", "isinstance(1, (int, 1))", "isinstance(1, (str, (int,)))", "isinstance(True, int)", "isinstance(x=1)")
show("issubclass(1, int)", "issubclass(int, 1)", "issubclass(bool, int)", "issubclass(bool, (str, int))", "issubclass(int, object)")
show("type()", "type(1, 2)", "type('a', 1, {})", "type('a', (), 1)", "type(1)", "type('X', (), {}).__name__", "type(name='x')", "type('a', (1,), {})")
show("object(1)", "object(x=1)", "type(object())", "hash([])", "hash()", "hash(1, 2)", "hash(1) == hash(1.0)", "hash(-1)", "hash(None) == hash(None)")
show("id()", "id(1, 2)", "id(None) == id(None)", "format()", "format(1, 'q')", "format(1, 2)", "format(1, 'd', 3)", "format(255, 'x')", "format('a', '>3')", "format(1.5, '.3f')", "format([1])", "format([1], 'x')")
