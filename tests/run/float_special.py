# infinities, NaN and signed zeros through arithmetic and conversions
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf, inf % 5 if False else 'skip')
print(nan + 1, nan * 0, nan == nan, nan < 1, min(1.0, nan), sorted([nan, 1.0]) != sorted([1.0, nan]))
print(0.0 == -0.0, repr(-0.0), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(abs(-0.0)), repr(-(0.0)))
print(1e308 + 1e308, -1e308 - 1e308, 5e-324 / 2, 5e-324 * 0.5, (1e-200) ** 2, 2.0 ** -1100)
print(round(inf, 2), round(nan, 2), inf.is_integer(), (-0.0).is_integer(), divmod(inf, 1.0) if False else 'skip')
for expr in ['int(inf)', 'int(nan)', 'round(inf)', 'round(nan)', 'inf // 1', '5 % inf', '-5 % inf', '5 // -inf',
             'divmod(5.0, inf)', 'divmod(-5.0, inf)', 'inf ** 0', 'nan ** 0', '1 ** nan', '(-1.0) ** inf', '0.0 ** inf',
             'inf ** -1', '(-inf) ** 3', '(-inf) ** 2.5', 'inf.as_integer_ratio()', 'nan.hex()', 'math_floor(inf)']:
    try:
        print(expr, '->', eval(expr, {'inf': inf, 'nan': nan, 'math_floor': lambda x: x.__floor__()}))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
