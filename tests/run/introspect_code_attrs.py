# Code object attributes.
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = 1
    def g():
        return x + a
    return g
def gen():
    yield 1
def simple(a):
    return a
g = f(1, d=2)
for fn in (f, gen, simple, g, lambda: 0):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_flags, c.co_firstlineno)
c = f.__code__
print(c.co_filename.endswith("introspect_code_attrs.py"), type(c).__name__)
class K:
    def m(self):
        pass
print(K.m.__code__.co_qualname, K.m.__code__.co_flags)
print(repr(simple.__code__).startswith("<code object simple at 0x"))
print(type(simple.__code__.co_stacksize).__name__)
lines = [l for (_, _, l) in simple.__code__.co_lines() if l is not None]
print(max(lines))
print(all(len(p) == 4 for p in simple.__code__.co_positions()))
