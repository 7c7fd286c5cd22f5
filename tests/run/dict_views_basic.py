# keys/values/items views: repr, len, live updates, iteration, membership
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d['c'] = 3
print(k, v, i)
del d['a']
print(list(k), list(v), list(i))
print('b' in k, 'z' in k, 2 in v, 9 in v, ('b', 2) in i, ('b', 3) in i, ('b',) in i, 'b' in i, ['b', 2] in i)
try:
    print([] in k)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(([], 1) in i)
except TypeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print({}.keys(), {}.values(), {}.items(), bool({}.keys()), bool(k))
for bad in (lambda: hash(k), lambda: hash(i), lambda: d.keys(1), lambda: d.items(1), lambda: d.values(1)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(v == v, v == d.values(), k == d.keys(), i == d.items())
print(sorted(k), sum(v), [x for x in i])
n = {1: {2: 3}}
print(n.items(), n.values())
