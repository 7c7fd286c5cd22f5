# bytes startswith and endswith
b = b"hello world"
for p in [b"hello", b"world", b"", b"h", (b"x", b"he"), (b"x",), (), bytearray(b"wor")]:
    for args in [(), (6,), (0, 5), (-5,), (20,), (None, 5)]:
        print(repr(p), args, b.startswith(p, *args), b.endswith(p, *args), bytearray(b).startswith(p, *args))
for bad in [lambda: b.startswith("a"), lambda: b.startswith(("a",)), lambda: b.endswith(["a"]), lambda: b.startswith(),
            lambda: b.endswith(b"a", "x"), lambda: b.startswith(b"a", 1, 2, 3), lambda: b.startswith(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
