# float(): strings, numbers, dunders, errors
for x in ['1.5', '  -2.5e3 ', 'inf', '-Infinity', 'nan', '1_000.5', '.5', '5.', '1e-5', '\u0661.5', b'2.5', 3, True, 10**20]:
    print(repr(x), float(x))
print(float(), float(-0.0), repr(float('-0')))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
for expr in ["float('abc')", "float('')", "float('1__0')", "float([])", "float(None)", "float(1j)",
             "float(x=1)", "float(1, 2)", "float(10**400)", "float('1e500')", "float(' ')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(e)
