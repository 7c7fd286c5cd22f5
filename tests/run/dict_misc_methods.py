# dunder methods and unbound calls on dict
d = {1: 2}
print(d.__contains__(1), d.__contains__(5), d.__len__(), d.__getitem__(1), dict.get(d, 1), dict.keys(d))
for bad in (lambda: dict.get([], 1), lambda: dict.keys(), lambda: d.__getitem__(7), lambda: dict.items(5)):
    try:
        print(bad())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(len({}), bool({}), bool({0: 0}), repr({}), str({1: 'a'}), repr({'k': (1,)}))
r = {}
r['r'] = r
print(r, [r])
print(sorted({3: 1, 1: 2, 2: 3}), max({1: 0, 5: 0}), list({1: 'a'}.items())[0])
