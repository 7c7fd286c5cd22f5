# complex equality with numbers, hashing consistency, unorderable
vals = [0j, 1 + 0j, 1j, 1.5 + 0j, complex(2**53, 0), -0j, complex(-0.0, 0.0)]
for v in vals:
    print(repr(v), v == v.real, v == int(v.real) if v.real == int(v.real) else None, hash(v), hash(v) == hash(v.real) if v.imag == 0 else None)
print({1: 'one'}.get(1 + 0j), 1 + 0j in {1, 2}, len({1, 1.0, 1 + 0j, True}), complex(1, 0) == True)
print(1j == 1j, 1j != 2j, [1j] == [1j], (1 + 2j) in [1 + 2j], 1j == None, 1j != 'x')
for expr in ['1j < 1j', '1j >= 0', '0 <= 1j', 'sorted([1j, 2j])', 'max(1j, 2j)']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
print(complex(float('nan'), 0) == complex(float('nan'), 0), complex(1, float('inf')) == complex(1, float('inf')))
