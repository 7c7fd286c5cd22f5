# dict repr/str with nesting, recursion and views
d = {'a': [1, 2], 'b': {'c': (3,)}, 4: None, 5.5: True, (6, 7): 'tuple'}
print(d)
print(str(d) == repr(d))
r = {}
r['self'] = r
r['list'] = [r]
print(r)
k = {1: 2}
k[2] = k.keys()
print(k)
v = {}
v[1] = v.values()
print(v)
i = {}
i[0] = i.items()
print(i)
print({'quote': "it's", 'dq': '"'})
