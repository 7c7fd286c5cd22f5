# frozenset: hashing, methods returning frozensets, mixing with set
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f.union([9]), f.intersection([1]), f.difference([1]), f.symmetric_difference([1, 7]), f.copy() is f)
print(type(f.union()).__name__, f.union() == f, f.isdisjoint(g), f.issubset(range(5)), f.issuperset([1]))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset([frozenset([1]), frozenset([2])])))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([-1, -2])), hash(frozenset([1.5])))
d = {f: 'f', frozenset(): 'empty'}
print(d[frozenset([3, 2, 1])], d[frozenset()], {1, 2, 3} in {f}, f in {f})
for bad in (lambda: f.add(1), lambda: f.remove(1), lambda: f.update([1]), lambda: f.clear(), lambda: hash({1}),
            lambda: set.add(f, 1), lambda: frozenset.union({1}), lambda: f.pop()):
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(frozenset({1: 2}), frozenset(frozenset([5])), frozenset('a'), repr(frozenset([()])))
