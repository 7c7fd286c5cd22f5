# Displays, unpacking and every comprehension form.
empty = [[], (), {}, set()]
lst = [1, 2, 3,]
tup = (1, 2, 3)
st = {1, 2, 3}
dct = {"a": 1, "b": 2, **{"c": 3}}
merged = {**dct, "d": 4, **{}}
unpacked = [*lst, *tup, *st]
set_unpacked = {*lst, 4}
tuple_unpacked = (*lst, *tup)
nested = [[1, [2, [3, (4, {5: {6}})]]]]
squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0 if x > 4]
pairs = [(x, y) for x in range(3) for y in "ab" if x]
flat = [item for row in [[1, 2], [3]] for item in row]
set_comp = {c.lower() for c in "HeLLo"}
dict_comp = {k: v for k, v in zip("abc", range(3)) if v}
gen = (x ** 2 for x in range(5))
total = sum(x for x in range(5))
total2 = sum((x for x in range(5)), 10)
nested_comp = [[j for j in range(i)] for i in range(4)]
cond_comp = [x if x > 2 else -x for x in range(5)]
walrus_comp = [y for x in range(5) if (y := x * 2) > 3]
lambda_comp = [lambda v=i: v for i in range(3)]
tuple_targets = [a + b for a, b in [(1, 2), (3, 4)]]
star_target = [rest for first, *rest in [(1, 2, 3)]]
print(empty, lst, tup, st, dct, merged, unpacked, set_unpacked, tuple_unpacked)
print(nested, squares, evens, pairs, flat, sorted(set_comp), dict_comp, list(gen))
print(total, total2, nested_comp, cond_comp, walrus_comp, [f() for f in lambda_comp])
print(tuple_targets, star_target)
