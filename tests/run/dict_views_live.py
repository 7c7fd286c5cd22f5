# views reflect later changes; iterators from views
d = {1: 'a'}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), list(v))
d.update({2: 'b', 3: 'c'})
print(len(k), list(v), list(it))
d.clear()
print(k, v, it, len(k))
d[9] = 'z'
print(k, v, it)
ks = iter(k)
print(next(ks))
try:
    next(ks)
except StopIteration:
    print('StopIteration')
print(list(k) == list(d), list(zip(d.keys(), d.values())) == list(d.items()))
