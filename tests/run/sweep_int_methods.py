def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("(255).to_bytes(2, 'big')", "(255).to_bytes(1, 'little')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big', signed=True)", "(1).to_bytes()", "(1).to_bytes(2, 'middle')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(length=2, byteorder='little')")
show("int.from_bytes(b'\\x00\\x10', 'big')", "int.from_bytes(b'\\xff', 'big', signed=True)", "int.from_bytes([1, 2], 'little')", "int.from_bytes(b'', 'big')", "int.from_bytes(1, 'big')", "int.from_bytes(b'\\x01')", "int.from_bytes(b'\\x01', 'x')")
show("(10).bit_length()", "(-10).bit_length()", "(0).bit_length()", "(255).bit_count()", "(-7).bit_count()", "(6).as_integer_ratio()", "(5).conjugate()", "(5).real", "(5).imag", "(5).numerator", "(5).denominator")
show("(7).__round__(-1)", "(15).__round__(-1)", "(25).__round__(-1)", "(7).__trunc__()", "(7).__floor__()", "(7).__ceil__()", "(7).__index__()", "(7).__float__()", "(7).__int__()", "(7).__abs__()", "(-7).__neg__()", "(7).__invert__()", "(7).__bool__()", "(7).__getnewargs__()")
show("(7).__add__(1.5)", "(7).__radd__(1)", "(7).__truediv__(2)", "(7).__floordiv__(0)", "(7).__mod__(-3)", "(7).__pow__(2, 5)", "(7).__lshift__(-1)", "(7).__rshift__(100)", "(7).__and__('a')", "(7).__divmod__(2)", "(7).__rdivmod__(20)")
show("int.__new__(int, 5)", "int.__new__(str, 5)", "(5).__format__('04d')", "(5).__format__('x')", "(5).__format__('c')", "(5).__format__('%')", "(5).__format__('s')", "(5).__sizeof__() > 0")
show("(1).is_integer()" if False else "True.real", "True + True", "True & False", "True | 2", "~True", "-True", "True.__and__(1)", "True.__or__(False)", "bool.__xor__(True, True)")
