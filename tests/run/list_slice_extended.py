# extended slices (step != 1): assignment sizes, deletion, negative steps
a = list(range(10))
a[::2] = 'abcde'
print(repr(a))
a[1::2] = [None] * 5
print(repr(a))
a[::-1] = range(10)
print(repr(a))
a[8:2:-3] = ['p', 'q']
print(repr(a))
a[5:2:2] = []
print(repr(a))
for val, sl in (([1], slice(None, None, 2)), ([1, 2, 3], slice(0, 4, 3)), ([], slice(None, None, -1))):
    try:
        a[sl] = val
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
b = list(range(12))
del b[::3]
print(repr(b))
del b[::-2]
print(repr(b))
del b[1:100:4]
print(repr(b))
del b[5:1:1]
print(repr(b))
c = list(range(6))
c[::-2] = c[::2]
print(repr(c))
d = [1, 2, 3, 4]
d[::2] = d[1::2]
print(repr(d))
e = [1, 2, 3]
e[::-1] = e
print(repr(e))
f = list(range(5))
del f[::]
print(repr(f))
