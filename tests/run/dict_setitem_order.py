# overwriting keeps position; delete + reinsert moves to the end
d = {'a': 1, 'b': 2, 'c': 3}
d['a'] = 100
print(d)
del d['b']
d['b'] = 200
print(d)
for k in list(d):
    d[k] = d[k] + 1
print(d)
e = {}
for i in range(20):
    e[i] = i
for i in range(0, 20, 3):
    del e[i]
for i in range(0, 20, 6):
    e[i] = 'back'
print(e)
print(list(e.keys())[:5], list(e.values())[-3:])
