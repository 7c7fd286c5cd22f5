# float methods: as_integer_ratio, is_integer, hex, fromhex, conjugate, real/imag
for x in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 123456789.0, 2.0**60]:
    print(repr(x), x.as_integer_ratio(), x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag)
for s in ['0x1.8p1', '-0x1p-1074', '0x.8', '1', 'inf', '-Infinity', 'nan', '0x1.fffffffffffffp+1023', '  0x10  ']:
    print(s, float.fromhex(s))
print(float.fromhex('0x1p1').hex(), (3.0).hex(), float('inf').hex(), float('nan').hex())
print(float.real, float.imag, float.fromhex.__name__, float.hex.__name__)
for expr in ["float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "float.fromhex('zz')",
             "float.fromhex('0x1p9999')", "float.fromhex(1)", "float.hex(1)", "(1.5).is_integer(2)",
             "float('nan').is_integer()", "float('inf').is_integer()", "(1.0).__getformat__('double')",
             "float.__getformat__('x')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
