# pow(): two and three arguments, negative exponents, modular inverse
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(0, 0), pow(4, 0.5), pow(-8, 1 / 3))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 2, -5), pow(2, -1, 5), pow(38, -1, 97))
print(pow(True, 2, 3), pow(2, 3, None), pow(base=2, exp=5), pow(2, exp=3, mod=5), pow(10**20, 3, 10**9 + 7))
print(pow(5, 0, 1), pow(5, 3, 1), pow(0, 0, 7), pow(-1, -1, 7))
for args in [(2, 3, 1.5), (2.0, 3, 5), (2, 3.0, 5), ('a', 2, 3), (2, -1, 4), (2, 3, 0), (0, -1),
             (0.0, -1), ('a', 2), (1, 2, 3, 4), ()]:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 5), P() ** 3, 3 ** P())
