# set/frozenset methods through the class; descriptor type checks
s = {1, 2}
set.add(s, 3)
print(s, set.union(s, [4]), frozenset.union(frozenset([1]), [2]), set.issubset(s, range(5)))
for bad in (lambda: set.add(frozenset(), 1), lambda: set.add([], 1), lambda: set.add(), lambda: frozenset.union(s),
            lambda: frozenset.copy(), lambda: set.pop(frozenset([1])), lambda: set.isdisjoint(None, [])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
m = s.discard
m(1)
print(s)
print(s.__contains__(2), s.__len__(), frozenset([1]).__len__())
