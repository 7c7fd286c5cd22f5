# del with indices and slices; IndexError messages
a = list(range(10))
del a[0]
del a[-1]
print(repr(a))
del a[2:4]
print(repr(a))
del a[:]
print(repr(a))
b = list(range(8))
del b[-3:]
del b[:2]
print(repr(b))
del b[100:]
del b[5:2]
print(repr(b))
try:
    del b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del b[-10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del b['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[1.0] = 1
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
del c[True]
print(repr(c))
