# divmod(): ints, floats, signs, __divmod__/__rdivmod__, errors
for a in [7, -7, 7.5, -7.5, 0, 2**70]:
    for b in [2, -2, 0.5, -3.25]:
        print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(10**30, 7), divmod(-10**30, 7))
class D:
    def __divmod__(self, other):
        return ('D.divmod', other)
    def __rdivmod__(self, other):
        return ('D.rdivmod', other)
print(divmod(D(), 3), divmod(3, D()))
for args in [(1, 0), (1.0, 0), (1, 0.0), (1j, 2), ('a', 2), (1,), (1, 2, 3)]:
    try:
        print(divmod(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
