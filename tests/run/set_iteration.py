# set iteration, live size check, iterator protocol
s = {1, 2, 3}
it = iter(s)
print(next(it), type(it).__name__)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except RuntimeError as e:
    print('sticky', type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(s, list(s), sorted(s, reverse=True), sum(s), min(s), max(s))
it = iter({7})
print(list(it), list(it))
t = {5, 6}
it = iter(t)
t.remove(5)
t.add(50)
print(list(it))
print([x for x in frozenset(range(5))], list(enumerate({9, 8})))
a, b = {1, 2}
print(a, b)
