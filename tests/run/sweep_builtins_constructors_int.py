def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("int()", "int('x')", "int('1', 1)", "int('1', 37)", "int(1, 10)", "int([])", "int(1.5, 2)", "int('1', base=40)", "int(x='1')", "int('', 0)", "int('0x', 16)", "int('12', 0)", "int('010', 0)", "int('0b101', 0)", "int(' 42 ')", "int('1_000')", "int('1__0')", "int('-0o17', 0)", "int('z', 36)", "int(3.9)", "int(-3.9)", "int(float('inf'))", "int(float('nan'))", "int(True)", "int('٣')", "int(b'12')", "int(bytearray(b'7'))", "int('12', base=3)", "int(base=2)")
show("float()", "float('x')", "float(x=1)", "float([])", "float('1', '2')", "float(' 1.5 ')", "float('inf')", "float('-nan')", "float('1e500')", "float('1_0.5')", "float(10**400)", "float(b'1.5')", "float('0x1p3')")
show("complex()", "complex('x')", "complex(1, 'a')", "complex('1', 1)", "complex([])", "complex('1+2j')", "complex(' (3-4j) ')", "complex(1, 2)", "complex(real=1, imag=2)", "complex('j')", "complex(1j, 1j)", "complex('1+2j', imag=1)")
show("bool(1, 2)", "bool(x=1)", "bool()", "bool([])", "bool('0')")
