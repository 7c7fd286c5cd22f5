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

def f(): pass
class C:
    def m(self): pass
for t in (type(f), type(C().m), type(len), property, staticmethod, classmethod, super):
    print(t.__name__, [n for n in names(t) if n not in ("__dict__", "__text_signature__")])
