# float repr/str: shortest round-trip digits, exponents, specials
for x in [0.0, -0.0, 1.0, 0.1, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
          3.141592653589793, 100.0, 1e22, 1e23, 0.1 + 0.2, 9007199254740993.0, -1.25e-10]:
    print(repr(x), str(x), '%r' % x, '%s' % x, f'{x}', [x], (x,))
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10, 2.5e-324, 1e-323)
print(float('1e1000'), float('-1e1000'), float('1e-1000'), repr(float('-nan')))
