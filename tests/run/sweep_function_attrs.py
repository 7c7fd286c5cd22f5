def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
def f(a, b=2, *, c=3):
    "doc"
    return a
show("f.__name__", "f.__qualname__", "f.__defaults__", "f.__kwdefaults__", "f.__doc__", "f.__module__", "f.__annotations__", "f.__dict__", "f.__closure__", "type(f.__code__).__name__", "f.__globals__ is globals()", "type(f.__builtins__).__name__")
show("setattr(f, '__name__', 'g')", "f.__name__", "setattr(f, '__name__', 5)", "setattr(f, '__qualname__', 5)", "setattr(f, '__qualname__', 'Q.g')", "f.__qualname__")
show("setattr(f, '__defaults__', (5,))", "f(1)", "f.__defaults__", "setattr(f, '__defaults__', 5)", "setattr(f, '__defaults__', None)", "f.__defaults__", "f(1, 1)")
show("setattr(f, '__kwdefaults__', 5)", "setattr(f, '__kwdefaults__', {'c': 9})", "f.__kwdefaults__", "setattr(f, '__annotations__', 5)", "setattr(f, '__annotations__', {'a': int})", "f.__annotations__")
show("setattr(f, '__doc__', 'new')", "f.__doc__", "setattr(f, '__module__', 'mod')", "f.__module__", "setattr(f, 'custom', 1)", "f.custom", "f.__dict__")
show("setattr(f, '__dict__', 5)", "setattr(f, '__dict__', {'z': 1})", "f.z", "setattr(f, '__globals__', {})", "setattr(f, '__closure__', None)", "setattr(f, '__builtins__', None)")
show("delattr(f, '__name__')", "delattr(f, '__defaults__')", "f.__defaults__", "delattr(f, '__doc__')", "f.__doc__", "delattr(f, 'nope')", "delattr(f, 'z')", "delattr(f, '__dict__')", "delattr(f, '__kwdefaults__')", "f.__kwdefaults__")
show("setattr(f, '__code__', 5)", "f.__code__ == f.__code__")
show("type(f).__dict__['__name__'].__get__(f)", "repr(type(f).__dict__['__globals__'])", "repr(type(f).__dict__['__defaults__'])", "type(f).__dict__['__closure__'].__name__")
def outer():
    x = 1
    def inner():
        return x
    return inner
show("type(outer().__closure__).__name__", "len(outer().__closure__)", "outer().__closure__[0].cell_contents", "outer.__closure__", "outer().__qualname__")
lam = lambda: 0
show("lam.__name__", "lam.__qualname__", "lam.__doc__", "lam.__defaults__")
