# tuple hashes follow CPython's xxHash-based algorithm
for t in [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((1, 2), 3), (1, (2, 3)), (0.5,), (1.0,), (True, False),
          (10 ** 20,), (-10 ** 20, 5), ((),), ((), ()), tuple(range(10))]:
    print(t, hash(t))
print(hash((1,)) == hash((1.0,)) == hash((True,)))
print({(1, 2): 'a', (1, 2.0): 'b'})
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, {}))
except TypeError as e:
    print(type(e).__name__, e)
