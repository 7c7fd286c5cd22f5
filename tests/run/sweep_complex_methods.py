def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
z = 3 + 4j
show("z.real", "z.imag", "z.conjugate()", "abs(z)", "z.__getnewargs__()", "z == 3 + 4j", "z != 3", "z < z", "hash(1 + 0j) == hash(1)", "z.__bool__()", "(0j).__bool__()")
show("z + 1", "z * 1j", "z / 0", "z // 2", "z % 2", "divmod(z, 2)", "z ** 2", "0j ** -1", "pow(z, 2, 3)", "z.__format__('.1f')", "format(z, '')", "repr(complex(-0.0, -0.0))", "repr(1e20j)", "complex('nan+nanj')")
show("complex.__new__(complex, 1, 2)", "z.__rsub__(1)", "z.__radd__('a')", "round(z)", "int(z)", "float(z)", "z.__abs__()", "-z", "+z")
