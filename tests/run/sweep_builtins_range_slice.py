def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("range()", "range(1, 2, 3, 4)", "range(1, 2, 0)", "range('a')", "range(1.5)", "range(x=1)", "range(True)", "range(-5)", "list(range(5, 0, -2))", "range(0, 10, 3)[1:]", "range(10)[::-1]", "range(3)[5]", "range(3)['a']")
show("range(1, 5, 2).start", "range(1, 5, 2).stop", "range(1, 5, 2).step", "range(5).index(3)", "range(5).index(7)", "range(5).count(2)", "3 in range(5)", "3.0 in range(5)", "range(5) == range(0, 5, 1)", "range(0) == range(5, 5)", "hash(range(3)) == hash(range(0, 3))", "range(3) < range(4)", "reversed(range(3)).__length_hint__()")
show("slice()", "slice(1, 2, 3, 4)", "slice(1)", "slice(1, 2)", "slice(1, 2, 3).indices(10)", "slice(None, None, -1).indices(5)", "slice(1, 2, 0).indices(5)", "slice(1).indices(-1)", "slice('a').indices(3)", "slice(1, 2) == slice(1, 2)", "slice(1, 2) < slice(1, 3)", "hash(slice(1))", "slice(x=1)")
for name in ("start", "stop", "step"):
    show(f"setattr(range(3), {name!r}, 1)", f"setattr(slice(3), {name!r}, 1)", f"range.{name}.__class__.__name__", f"slice.{name}.__name__")
