# set equality is independent of order and type; frozenset hash too
a = set(range(20))
b = set(range(19, -1, -1))
print(a == b, list(a) == list(b), hash(frozenset(a)) == hash(frozenset(b)))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), set() == frozenset(), {1} == {1.0}, {1} == {True})
print({frozenset(): 1, frozenset([1]): 2}[frozenset({1})], frozenset([frozenset([2])]) == {frozenset({2})})
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset([0])), hash(frozenset([0, 1])))
print({1, 2} != {1, 2}, {1, 2} != {1, 3}, {(1, 2)} == {(1, 2)})
