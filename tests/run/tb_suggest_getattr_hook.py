# An AttributeError raised by __getattr__ has no name/obj unless given.
class Lazy:
    known = 1
    def __getattr__(self, n):
        raise AttributeError(f"no {n}")
try:
    Lazy().knwn
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
class Helpful:
    known = 1
    def __getattr__(self, n):
        raise AttributeError(f"nothing called {n}", name=n, obj=self)
Helpful().knwn
