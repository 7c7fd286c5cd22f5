# update methods and in-place operators keep the same object
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {1}
s ^= {2, 10}
print(s, alias is s)
s.update([20, 21], range(3))
print(s)
s.intersection_update(range(15), [0, 1, 4, 10, 99])
print(s)
s.difference_update([0], {1})
print(s)
s.symmetric_difference_update([4, 5, 6])
print(s)
s.update()
s.intersection_update()
s.difference_update()
print(s)
for bad in (lambda: s.update(1), lambda: s.intersection_update(1), lambda: s.difference_update(1),
            lambda: s.symmetric_difference_update(1), lambda: s.update(k=1)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
t = {1}
try:
    t |= [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t &= (1,)
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g)
u = {1, 2}
u -= u
print(u)
v = {1, 2}
v ^= v
print(v)
w = {5, 6}
w.symmetric_difference_update(w)
w.update(w)
print(w)
