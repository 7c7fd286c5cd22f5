# len() with builtins and __len__
print(len(''), len('héllo'), len([1, 2]), len((1,)), len({1: 2}), len(range(10)), len(range(0, 10, 3)), len(b'ab'))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), len(L(0)), bool(L(0)), bool(L(2)))
for v in [L(-1), L('x'), L(2**70), 5, None, L(1.5)]:
    try:
        print(len(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
