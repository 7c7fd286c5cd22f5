# bytes/bytearray indexing (ints) and slicing (same type)
for b in [b"abcdefgh", bytearray(b"abcdefgh"), b""]:
    n = len(b)
    print(repr(b), n, [b[i] for i in range(-n, n)])
    for sl in [slice(None), slice(1, None), slice(None, -1), slice(2, 5), slice(None, None, 2), slice(None, None, -1),
               slice(-2, None, -2), slice(5, 1, -1), slice(100, None), slice(-100, 100), slice(4, 2)]:
        print("  ", sl.start, sl.stop, sl.step, repr(b[sl]))
x = b"xyz"
print(type(x[0]).__name__, type(x[:1]).__name__, type(bytearray(x)[:1]).__name__)
for bad in [lambda: x[3], lambda: x[-4], lambda: bytearray(x)[3], lambda: x["1"], lambda: bytearray(x)["1"], lambda: x[1.0],
            lambda: x[::0], lambda: x[2**70]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
