# bitwise operators on small, big and negative ints and bools
vals = [0, 1, -1, 0b1010, -0b1010, 2**64 - 1, -(2**64), 2**100 + 12345]
for a in vals:
    for b in [0xff, -16, 2**65]:
        print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(True & False, True | False, True ^ True, ~True, ~False, True << 2, True >> 1, True & 3, 6 | True)
print(type(True & True).__name__, type(True & 1).__name__, type(~True).__name__, type(1 & True).__name__)
for expr in ['1 & 1.0', '1.0 | 1', "1 ^ 'a'", '~1.5', '1 << 1.0']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '!!', e)
