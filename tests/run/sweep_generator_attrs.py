def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
def gen():
    x = yield 1
    yield from sub()
    return 5
def sub():
    yield 2
    yield 3
g = gen()
show("g.__name__", "g.__qualname__", "g.gi_running", "g.gi_suspended", "g.gi_yieldfrom", "type(g.gi_code).__name__")
show("next(g)", "g.gi_suspended", "g.gi_yieldfrom", "g.send(None)", "g.gi_yieldfrom.__name__", "next(g)", "g.gi_yieldfrom is None", "next(g)", "g.gi_suspended", "g.gi_running")
def me():
    yield me_gen.gi_running
me_gen = me()
show("next(me_gen)", "me_gen.gi_running")
ge = (i for i in range(2))
show("ge.__name__", "ge.__qualname__", "list(ge)", "ge.gi_suspended")
class K:
    def it(self):
        yield 1
show("K().it().__qualname__", "K().it().__name__", "setattr(gen(), 'gi_running', 1)", "setattr(gen(), 'gi_code', 1)")
show("repr(type(g).__dict__['gi_running'])", "repr(type(g).__dict__['gi_code'])")
