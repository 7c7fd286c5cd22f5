# dict.pop / dict.popitem (LIFO) / clear
d = dict.fromkeys(range(6), 0)
print(d.pop(3), d.pop(99, 'default'), d.pop(98, None), repr(d))
print(d.popitem(), d.popitem(), repr(d))
d[10] = 1
d[3] = 3
print(d.popitem(), repr(d))
for bad in (lambda: d.pop(99), lambda: d.pop(), lambda: d.pop(1, 2, 3), lambda: {}.popitem(), lambda: d.popitem(1),
            lambda: d.pop([])):
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
d.clear()
print(repr(d), len(d))
try:
    d.clear(1)
except TypeError as e:
    print(type(e).__name__, e)
e = {'x': 1, 'y': 2}
while e:
    print(e.popitem())
e['z'] = 0
print(e)
