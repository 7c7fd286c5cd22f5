# float comparisons (with ints, nan, infinities) and hashes
nan, inf = float('nan'), float('inf')
for a, b in [(1.0, 1.0), (1.0, 2.0), (nan, nan), (nan, 1.0), (inf, inf), (-inf, inf), (0.0, -0.0), (1.5, 1), (1e308, 10**308), (2.0**63, 2**63)]:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(nan in [nan], [nan] == [nan], nan is nan, min(nan, 1.0), max(1.0, nan), sorted([3.5, -1.0, 2.0]))
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 1e100, -1e-100, 2.0**61, 2.0**62, inf, -inf, 3.14159, 1e308]:
    print(v, hash(v))
print(hash(0.5) == hash(0.5), hash(1.0) == hash(1), hash(2**61 * 1.0) == hash(2**61), type(hash(nan)).__name__)
s = {1.0, 1, True, 2.0}
print(len(s), {0.0: 'a', -0.0: 'b'}, {1: 'int', 1.0: 'float'})
