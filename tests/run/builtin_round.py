# round(): floats half-even, ints with negative ndigits, __round__
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456, 1e20, 5e-324]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, None))
for n in [25, 35, -25, 150, 1234567, 10**30 + 5 * 10**10]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 3), round(n, -11))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(True), round(5, ndigits=-1))
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 2), round(R(), None))
for args in [(float('nan'),), (float('inf'),), ('x',), (1.5, 1.5), (), (1j,), (1.5, 'a')]:
    try:
        print(round(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(round(float('nan'), 2), round(float('inf'), -1), round(1e308, -308), round(0.0, 5), round(-0.0))
