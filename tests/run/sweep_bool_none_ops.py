def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("True + 1", "True * 3", "True / 2", "True // 1", "-True", "~False", "True & True", "True ^ True", "True | False", "True & 1", "str(True)", "repr(False)", "int(True)", "float(False)", "True == 1", "True is 1 == 1", "hash(True)", "True.__class__", "bool.__base__", "bool(type)", "bool(0j)", "bool(float('nan'))", "format(True)", "format(True, 'd')", "format(True, '>6')", "'%s %d' % (True, True)")
show("None.__bool__()", "None.__class__()", "None.__repr__()", "None.__eq__(None)", "None.__eq__(0)", "None < None", "None + 1", "None()", "None[0]", "iter(None)", "len(None)", "hash(None) == hash(None)")
show("NotImplemented.__class__.__name__", "Ellipsis.__class__.__name__", "... == Ellipsis", "Ellipsis < 1", "(1).__eq__('a')", "(1).__lt__('a')", "'a'.__eq__(1)", "[].__eq__(())")
