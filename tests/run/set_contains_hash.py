# membership uses hashing; unhashable keys; equal numbers; user-defined __hash__/__eq__
s = {1, 2.5, (1, 2), frozenset([3])}
print(1 in s, 1.0 in s, True in s, 2.5 in s, (1, 2) in s, {3} in s, frozenset({3}) in s, 7 not in s)
for bad in ([1], {}, ([],)):
    try:
        print(bad in s)
    except TypeError as e:
        print(type(e).__name__, e)
print({1, 2}.__contains__(1), frozenset([1]).__contains__(2), {1}.__len__())
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x % 3
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return 'P(%d)' % self.x if False else 'P(' + str(self.x) + ')'
ps = {P(1), P(4), P(7), P(1)}
print(len(ps), P(4) in ps, P(10) in ps, sorted(p.x for p in ps))
ps.discard(P(4))
print(len(ps), P(4) in ps, P(7) in ps)
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
print(nan in {nan}, len({nan, nan}), len({float('nan'), float('nan')}))
