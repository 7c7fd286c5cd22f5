# slice assignment with step 1: growing, shrinking, inserting, from iterables
a = list(range(10))
a[2:5] = ['a', 'b']
print(repr(a))
a[0:0] = [-2, -1]
print(repr(a))
a[len(a):] = [100]
print(repr(a))
a[-3:] = []
print(repr(a))
a[5:2] = ['x']
print(repr(a))
a[:] = range(4)
print(repr(a))
a[1:3] = a
print(repr(a))
a[100:200] = (7, 8)
print(repr(a))
a[-100:1] = 'ab'
print(repr(a))
a[2:4] = (i * i for i in range(5))
print(repr(a))
a[::1] = [0]
print(repr(a))
for bad in (1, None, 2.5):
    try:
        a[0:1] = bad
    except TypeError as e:
        print(type(e).__name__, e)
b = [1, 2, 3]
b[1:2] = {5: 0, 6: 0}
print(repr(b))
b[True:] = [9]
print(repr(b))
try:
    b['a':] = [1]
except TypeError as e:
    print(type(e).__name__, e)
c = [0, 1, 2, 3]
c[1:-1] = []
print(repr(c))
c[10 ** 20:] = [5]
c[:-10 ** 20] = [4]
print(repr(c))
