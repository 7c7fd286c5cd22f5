# dict(...) and dict.update: mappings, pairs, keywords, errors
print(dict(), dict(a=1), dict({1: 2}, b=3), dict([(1, 2), [3, 4], 'ab']), dict(((1, 2),), x=0))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper() if hasattr(k, 'upper') else k * 2
print(dict(zip(range(3), 'abc')))
d = {1: 1}
d.update({2: 2})
d.update([(3, 3)], four=4)
d.update(five=5)
d.update()
d.update({1: 'one'})
print(d)
for bad in (lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: d.update([(1,)]),
            lambda: d.update({}, {}), lambda: dict(1), lambda: dict([1, 2]), lambda: dict({}, {}), lambda: dict([[1, 2], 'abc']),
            lambda: d.update([([], 1)])):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict({1: 2}.items()), dict(x for x in [(1, 2)]))
e = {}
e.update(e)
print(e, {**{1: 2}, 3: 4, **{1: 5}})
