# bin(), oct(), hex() with ints, bools, big ints and __index__
for n in [0, 1, -1, 255, -255, 2**64, -(2**100), True, False]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for f in [bin, oct, hex]:
    for arg in [1.5, '1', None]:
        try:
            f(arg)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    hex()
except TypeError as e:
    print(e)
try:
    hex(1, 2)
except TypeError as e:
    print(e)
class Bad:
    def __index__(self):
        return 'x'
try:
    hex(Bad())
except TypeError as e:
    print(e)
