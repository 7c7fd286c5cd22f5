# augmented assignment on list items and slices
a = [1, 2, 3]
a[0] += 10
a[-1] *= 2
a[1] -= 5
print(a)
b = [[1], [2]]
b[0] += [3]
b[1] *= 2
print(b)
c = [1, 2, 3, 4]
c[1:3] += ['x']
print(c)
d = [0] * 3
for i in range(3):
    d[i] += i * i
print(d)
e = ([1],)
try:
    e[0] += [2]
except TypeError as err:
    print(type(err).__name__, err)
print(e)
