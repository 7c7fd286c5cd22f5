def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
t = (1, 2, 3, 2)
show("t.count(2)", "t.index(2)", "t.index(2, 2)", "t.index(9)", "t.index()", "t[1:3]", "t[::-1]", "t[9]", "t + [1]", "t * 2", "t < (1, 3)", "t == (1, 2, 3, 2)", "hash(t) == hash((1, 2, 3, 2))", "hash(([],))", "t.__getnewargs__()", "t.__len__()")
show("(1,) * 0", "() is ()", "tuple((1, 2)) is tuple((1, 2))", "(1, 2).__add__((3,))", "(1, 2).__mul__(2)", "(1, 2).__rmul__(2)", "(1, (2, [3]))", "tuple.count((1,), 1)", "tuple.count([1], 1)")
a, *b = t
show("a", "b", "len(t)", "max(t)", "sorted(t)", "(1, 2) < (1, 2, 0)", "(1, 'a') < (1, 2)")
