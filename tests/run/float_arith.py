# float arithmetic edge cases: signed zeros, modulo sign, floor division, pow
vals = [7.5, -7.5, 2.0, -2.0, 0.5, 1e308]
for a in vals:
    for b in [2.0, -2.0, 0.3, 7]:
        print(a, b, a % b, a // b, divmod(a, b))
print(-0.0 % 5.0, 0.0 % -5.0, -0.0 // 5.0, 5.0 % float('inf'), -5.0 % float('inf'), 5.0 // float('inf'))
print(2.0 ** 0.5, (-8.0) ** (1 / 3), (-2.0) ** 2, 0.0 ** 0, 2 ** -1, 10 ** -2, (-2) ** 0.5)
print(1e308 * 10, -1e308 * 10, float('inf') - float('inf'), 1 / 3, 2 / 3 * 3, 0.1 + 0.2)
print(1.0 == 1, 1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 == 2.0**53, 1.5 < 2, 2 < 1.5, 10**400 > 1e308)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > 10**1000)
for expr in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "10.0 ** 400",
             "(-10.0) ** 401.5", "2 ** 10000 * 1.0", "1e308 ** 2", "int(2**1024 / 1)", "(-1e300) ** 1.5"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e, e.args)
