def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
def g(): yield 1
objs = [iter([]), iter(()), iter(""), iter("é"), iter(range(3)), iter({}), iter({}.values()), iter({}.items()),
        reversed({}), reversed([]), reversed(()), reversed(range(2)), reversed("ab"), iter(set()), iter(b""), iter(bytearray()),
        enumerate([]), zip(), map(len, []), filter(None, []), g(), iter(lambda: 1, 2), (x for x in ())]
for o in objs:
    r = repr(o).split(" at 0x")[0]
    print(type(o).__name__, type(o).__qualname__, type(o).__module__, r, iter(o) is o)
