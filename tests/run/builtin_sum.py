# sum(): start values, floats, mixed types, errors
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1] * 10), sum([1, 2.5, 3j]))
print(sum([[1], [2], [3]], []), sum(((1,), (2,)), ()), sum(range(101)), sum([True, True, False]))
print(sum([1, 2], start=100), sum(x * x for x in range(4)), sum([10**20, 10**20]), sum([], start=0.0))
for call in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()),
             lambda: sum(['a', 'b']), lambda: sum(1), lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([1, 'a'])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
print(sum([V(1), V(2)]).v, sum([V(1)], V(5)).v)
