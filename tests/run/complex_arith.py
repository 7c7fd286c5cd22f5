# complex arithmetic with ints, floats and complex numbers
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, -a, +a, abs(a))
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 2.0)
print(1j ** 2, 1j ** 1j, (1 + 1j) ** 100, (1 + 1j) ** 101.5, 0j ** 0, 0j ** 2, (2 + 0j) ** -2)
print(a == 3 + 4j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j == 1, 2**60 + 0j == 2**60, (2**60 + 1) == complex(2**60 + 1))
print(bool(0j), bool(1j), not 0j, a.conjugate(), a.real, a.imag, type(a.real).__name__)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5)
for expr in ["1 / 0j", "0j ** -1", "0j ** 1j", "a < b", "a // 2", "a % 2", "divmod(a, 2)", "~a",
             "complex(1e308, 1e308) * 10", "(1e200 + 1e200j) ** 50", "abs(complex(1e308, 1e308))",
             "pow(a, 2, 3)", "int(a)", "float(a)", "round(a)", "a > 1", "a + 'x'", "2 ** 10000 + 1j"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
