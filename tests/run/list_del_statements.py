# del with list targets, nested subscripts, and slices in tuples of targets
a = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
del a[0][1]
del a[1][::2]
print(a)
del a[-1][:], a[0][0]
print(a)
b = list(range(10))
del b[1], b[1], b[1]
print(b)
c = list(range(5))
i = 2
del c[i:i + 2]
print(c)
