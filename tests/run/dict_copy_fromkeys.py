# dict.copy (shallow) and dict.fromkeys (classmethod)
d = {'a': [1], 'b': 2}
c = d.copy()
c['a'].append(2)
c['c'] = 3
print(d, c, c is d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2, 1], 'v'), dict.fromkeys(range(3), []), dict.fromkeys(()))
print({}.fromkeys([5]), {1: 2}.fromkeys([3]), dict.fromkeys({9: 0, 8: 0}))
v = dict.fromkeys('xy', [])
v['x'].append(1)
print(v)
for bad in (lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: dict.fromkeys([[]]), lambda: dict.fromkeys([], 1, 2),
            lambda: d.copy(1)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(dict.fromkeys).__name__)
