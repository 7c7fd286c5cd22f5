# __index__ in indexing, slicing, repetition, bin/hex, range, int() and operator positions
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i2 = Idx(2)
print([10, 20, 30, 40][i2], 'abcdef'[Idx(-1)], (1, 2, 3)[Idx(0)], [1, 2, 3, 4][Idx(1):Idx(3)], 'xy' * Idx(3))
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))), bin(i2), hex(Idx(255)), oct(Idx(8)), int(Idx(7)))
print(round(1234, Idx(-2)), chr(Idx(97)), pow(2, Idx(5)), [1, 2] * Idx(2), float(Idx(3)), complex(Idx(4)))
print((5).__round__(Idx(-1)), (10).to_bytes(Idx(2), 'big'), int('11', Idx(2)), divmod(Idx(7).__index__(), 2))
class NotIdx:
    pass
for expr in ['[1][NotIdx()]', 'range(NotIdx())', 'hex(NotIdx())', "'x' * NotIdx()", 'chr(NotIdx())',
             "int('1', NotIdx())", 'round(1, NotIdx())', '[1, 2][Idx(5)]']:
    try:
        print(eval(expr))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return 1.5
try:
    [1][BadIdx()]
except TypeError as e:
    print(e)
