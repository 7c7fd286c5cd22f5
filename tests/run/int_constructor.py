# int(): numbers, strings, bases, errors
print(int(), int(5), int(-5.9), int(5.9), int(True), int('42'), int(' -1_000 '), int('+7'))
print(int('0x1f', 16), int('1f', 16), int('0b101', 0), int('0o17', 0), int('017', 8), int('z', 36))
print(int('10', base=2), int(b'12'), int('\u0661\u0662'), int(1e20), int(-0.5))
print(int('0', 0), int('00', 0), int('  0x_ff  ', 16))
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 11
print(int(I()), int(N()), int('11', I()))
for expr in ["int('abc')", "int('1__0')", "int('')", "int('10', 2.5)", "int('10', 37)", "int('10', 1)",
             "int(5, 10)", "int(base=2)", "int(x=5)", "int([])", "int(1j)", "int(None)",
             "int(float('nan'))", "int(float('inf'))", "int('12', 3)", "int('0x10')", "int('08', 0)",
             "int('1', 2, 3)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
class Bad:
    def __int__(self):
        return 'x'
try:
    int(Bad())
except TypeError as e:
    print(e)
