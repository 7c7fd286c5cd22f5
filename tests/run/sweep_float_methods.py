def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("(1.5).as_integer_ratio()", "(0.1).as_integer_ratio()", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "(2.0).is_integer()", "(2.5).is_integer()", "(1.5).hex()", "(-0.0).hex()", "float.fromhex('0x1.8p1')", "float.fromhex('zz')", "float.fromhex('inf')", "(0.1).hex()")
show("(1.5).conjugate()", "(1.5).real", "(1.5).imag", "(2.5).__round__()", "(2.675).__round__(2)", "(1.5).__trunc__()", "(-1.5).__floor__()", "(-1.5).__ceil__()", "(1.5).__int__()", "(1.5).__float__()", "(1.5).__getnewargs__()")
show("(1.5).__divmod__(0.5)", "(1.5).__mod__(0)", "(1.5).__floordiv__(0)", "(1.5).__truediv__(0)", "(1.5).__pow__(2)", "(-8.0).__pow__(1/3)", "(0.0).__pow__(-1)", "(1.5).__rsub__(1)", "(1.5).__add__('a')", "(1e308).__mul__(10)")
show("float.__getformat__('double')", "float.__getformat__('x')", "format(1.5, 'e')", "format(1e16, 'g')", "format(0.1, '.20f')", "format(1.5, '#x')", "repr(1e16)", "repr(1e-5)", "repr(123456789012345678.0)", "str(0.1 + 0.2)", "repr(-0.0)")
show("float.__new__(float, '1.5')", "(1.5).__format__('')", "(1.5).__format__('>8.2f')", "hash(1.5) == hash(1.5)", "hash(float('inf'))", "hash(-1.0)", "(1.5).__bool__()", "(0.0).__bool__()")
