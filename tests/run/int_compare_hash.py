# comparisons between ints, bools, floats and complex; hashing of ints
pairs = [(1, 1), (1, 2), (2, 1), (1, 1.0), (1, 1.5), (2**53 + 1, 2.0**53), (2**1000, float('inf')),
         (-(2**1000), float('-inf')), (0, -0.0), (True, 1), (False, 0.0), (10**20, 1e20), (3, float('nan'))]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a)
print(1 == 1 + 0j, 2**60 == complex(2**60), 1 == 'x', 1 != None, [1] == [1.0], (1, 2) < (1, 2.5))
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**64, -(2**64), 10**30, True]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 else None)
for expr in ['1 < "a"', '1 >= None', '1 < 1j', '[] > 1']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([3, 1.5, True, -2, 2**70, 0.0]), max(1, 1.0), min(1.0, 1))
