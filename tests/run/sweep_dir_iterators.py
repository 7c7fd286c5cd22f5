def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
SKIP = {"__reduce__", "__reduce_ex__", "__setstate__", "__getstate__", "__sizeof__", "__class_getitem__", "__init_subclass__", "__subclasshook__"}
def names(t):
    return sorted(set(dir(t)) - SKIP)

def g(): yield 1
objs = [iter([]), iter(()), iter(""), iter("é"), iter(range(3)), iter({}), iter({}.values()), iter({}.items()),
        reversed({}), reversed({}.values()), reversed({}.items()), iter(set()), iter(frozenset()), iter(b""), iter(bytearray()),
        enumerate([]), zip(), map(len, []), filter(None, []), g(), iter(lambda: 1, 2)]
for o in objs:
    print(type(o).__name__, [n for n in names(type(o)) if n not in ("gi_frame", "__del__", "__length_hint__")])
