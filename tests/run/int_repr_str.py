# int repr/str, big numbers, the 4300-digit limit, formatting
for v in [0, -0, 123, -456, 2**64, -(2**100), 10**50, True, False]:
    print(repr(v), str(v), f'{v}', '%d' % v, format(v, ','), format(v, '_x'))
big = 10**4299
print(len(str(big)), len(repr(-big)))
try:
    str(10**4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(hex(10**4300)[:10], len(bin(2**5000)))
print(int('9' * 4300) == 10**4300 - 1)
