def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("max()", "max(1)", "max([])", "max([], default=1, key=len, x=1)", "max(1, 2, default=3)", "min(x=1)", "min()", "max([], default=None)", "max([3, 1, 2])", "max(3, 1, 2)", "max('abc', key=ord)", "min([[1], [0, 5]], key=len)", "max([1, 'a'])", "min(iter([4, 2]))", "max(1, 2, key=None)", "min([], key=len)", "max(1, 2, 3, default=0)")
show("max((1, 'a'), (1, 'b'))", "min([2.5, 1, True])", "max([float('nan'), 1])", "min([1, float('nan')])")
