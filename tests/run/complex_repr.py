# complex repr/str/hash/format
inf, nan = float('inf'), float('nan')
for c in [complex(1, 2), complex(-0.0, 1), complex(0.0, -0.0), complex(1, nan), complex(1, -nan),
          complex(-inf, inf), 0j, 1e20j, complex(1e16, 1.5), complex(-1, -2.5), 2j, -2j,
          complex(-0.0, -0.0), complex(nan, nan), complex(0.1, 0.2), 1 + 1e-300j]:
    print(repr(c), str(c), format(c), format(c, '.2f'), format(c, '>20'))
    if c == c:
        print(hash(c))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1: 'a'}[1 + 0j])
print(f"{3+4j:g}", f"{1.5-2j:e}", f"{1j:.3}", format(1+2j, '^20.1f'))
for spec in ['d', 'x', '%', '=10']:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(type(e).__name__, e)
