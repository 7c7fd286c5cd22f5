# dict iteration is live: size changes raise RuntimeError
d = {i: i for i in range(5)}
try:
    for key in d:
        d[key + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2, 3: 3}
for key in d:
    d[key] = key * 10
print(d)
d = {1: 1, 2: 2, 3: 3}
it = iter(d.items())
print(next(it))
d[4] = 4
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except RuntimeError as e:
    print('again', type(e).__name__, e)
d = {1: 1, 2: 2}
it = iter(d.values())
d.pop(1)
d[1] = 1
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1}
it = iter(d)
print(list(it), list(it))
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d.keys():
        d.popitem()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
r = reversed(d)
d[2] = 2
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
