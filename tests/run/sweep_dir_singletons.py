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

for v in (None, NotImplemented, Ellipsis):
    t = type(v)
    print(t.__name__, names(t), t() is v)
    for args in ((1,), ()):
        try:
            print(t(*args))
        except TypeError as e:
            print("TypeError:", e)
print(bool(NotImplemented) if False else "skip", bool(None), bool(...))
print(repr(None), repr(NotImplemented), repr(...), str(...))
print(None.__class__, NotImplemented.__class__, Ellipsis.__class__)
print(hash(None) == hash(None), None == None, None != 0, ... is Ellipsis)
