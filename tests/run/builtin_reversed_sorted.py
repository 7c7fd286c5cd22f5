# reversed() and sorted()
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(Seq())), list(reversed(Rev())), type(reversed([])).__name__)
print(sorted([3, 1, 2]), sorted('hello'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted({3: 'a', 1: 'b'}), sorted([2, 1], key=None, reverse=False))
pairs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
for bad in [lambda: reversed(1), lambda: reversed(), lambda: sorted(1), lambda: sorted([1, 'a']),
            lambda: sorted([1], 2), lambda: sorted([1], foo=1), lambda: sorted(), lambda: reversed(map(str, []))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
