# keys must be hashable; equal numbers are the same key
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d[(1, 2)] = 't'
d[frozenset([1])] = 'fs'
print(d[(1, 2)], d[frozenset({1})], (1, 2) in d, [1, 2] in [[1, 2]])
for bad in ([1], {1: 2}, {1}, ([1],), slice(1)):
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(bad in d)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del d[bad]
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d2 = {K(1): 'one'}
print(d2[K(1)], K(2) in d2, len({K(1): 1, K(1): 2}))
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
