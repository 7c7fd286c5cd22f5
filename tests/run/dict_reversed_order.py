# insertion order, reversed() of dicts and views, re-insertion moves to the end
d = {}
for x in [5, 3, 9, 1]:
    d[x] = str(x)
print(list(d), list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
del d[3]
d[3] = 'again'
print(d, list(reversed(d.keys())))
d[5] = 'updated'
print(d)
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed({})), list(d.__reversed__()))
e = dict.fromkeys(range(20))
for i in range(0, 20, 2):
    del e[i]
e[0] = 'zero'
print(list(e), list(reversed(e))[:3])
