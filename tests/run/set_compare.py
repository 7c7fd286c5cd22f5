# subset / superset / disjoint and comparison operators
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b <= a, a >= b, b > a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), a.issubset([1, 2]), a.issubset(range(2)), b.issuperset(a), b.issuperset([3]), a.issuperset(range(5)))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(x for x in [5]), set().isdisjoint(set()), a.isdisjoint(a))
print(frozenset(a) == a, a == frozenset(a), frozenset(a) < b, set() < {0}, set() == frozenset())
print(a == [1, 2], a != (1, 2), {1} == {1.0}, {1, 2} <= {1, 2, 3} <= {1, 2, 3, 4})
for bad in (lambda: a < [1, 2, 3], lambda: a >= (1,), lambda: a.issubset(1), lambda: a.issuperset(None),
            lambda: a.isdisjoint(1), lambda: a.issubset(), lambda: a <= 1):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([{1, 2}, {1}, {3}], key=len))
