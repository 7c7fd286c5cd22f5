def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("len()", "len(1, 2)", "len(x=1)", "len(5)", "len([1, 2])", "len('abc')", "len({})", "len(range(10))", "len(iter([]))")
show("abs()", "abs('a')", "abs(1, 2)", "abs(-5)", "abs(-2.5)", "abs(3+4j)", "abs(True)", "abs(x=1)")
show("all()", "all(1)", "all([])", "all([1, 0])", "all(x for x in [1])", "all([], [])", "all(iterable=[])")
show("any()", "any(1, 2)", "any([])", "any([0, ''])", "any(iter([0, 3]))", "any(None)")
show("callable()", "callable(1, 2)", "callable(len)", "callable(1)", "callable(int)", "callable(x=1)")
