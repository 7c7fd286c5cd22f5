# abs(): ints, floats, complex, bools, __abs__, errors
for x in [0, -0, 5, -5, 2**100, -2**100, 1.5, -1.5, -0.0, float('-inf'), 3 + 4j, -1j, True, False]:
    print(repr(x), repr(abs(x)), type(abs(x)).__name__)
class A:
    def __abs__(self):
        return 'absolute'
print(abs(A()))
for args in [('x',), (None,), ([],), (), (1, 2)]:
    try:
        abs(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(x=1)
except TypeError as e:
    print(e)
print(abs(float('nan')), abs(complex(float('inf'), 1)))
