# intersection iterates the smaller set; order of the result follows CPython
big = set(range(0, 200, 3))
small = {9, 150, 30, 3, 999}
print(big & small, small & big, big.intersection(small), small.intersection(big))
print(big.intersection([150, 9, 3]), small.intersection(range(200)), big & big == big)
print(set(range(50)).intersection(range(40, 60), range(45, 100)))
a = set(range(20))
a &= {19, 5, 7, 100}
print(a)
b = set(range(20))
b.intersection_update([7, 5, 19])
print(b)
print(frozenset(range(10)) & {3, 4}, type(frozenset(range(10)) & {3, 4}).__name__)
