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

for t in (object, int, bool, float, complex):
    print(t.__name__, names(t))
print([n for n in dir(1) if not n.startswith('_')])
print([n for n in dir(1.0) if not n.startswith('_')])
