def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("divmod(1)", "divmod(1, 0)", "divmod('a', 1)", "divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(1, 0.0)", "divmod(1+2j, 1)")
show("pow()", "pow(1)", "pow(2, 3, 0)", "pow(2, -1, 5)", "pow(2.0, 3, 5)", "pow(2, 3, 5.0)", "pow(base=2, exp=3)", "pow(base=2, exp=3, mod=5)", "pow(0, -1)", "pow(0.0, -1)", "pow(-8, 1/3)", "pow(2, 10)", "pow(3, 4, 5)", "pow(4, -1, 7)", "pow(2, 0.5)")
show("round()", "round('a')", "round(1.5, 'a')", "round(1, ndigits=None)", "round(2.5)", "round(3.5)", "round(-0.5)", "round(1.25, 1)", "round(1234, -2)", "round(float('inf'))", "round(float('nan'))", "round(1.5, None)", "round(x=1)")
show("sum()", "sum(1)", "sum(['a'], '')", "sum([b'a'], b'')", "sum([bytearray()], bytearray())", "sum([1], start=5)", "sum([[1]], [])", "sum([], 1, 2)", "sum([0.1] * 10)", "sum([1, 2.5, 3j])", "sum(range(101))", "sum([True, True])")
