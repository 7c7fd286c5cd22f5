# slicing a range gives a range; reversed(range)
r = range(0, 20, 2)
print(r[2:5], r[::2], r[::-1], r[5:1:-1], r[-3:], r[:100], r[100:], r[::-3], r[1:-1:4])
print(list(r[::-1]), list(range(5)[3:1]), range(10)[::-1] == range(9, -1, -1))
print(range(10, 0, -3)[::2], range(10, 0, -3)[::-1], range(0)[::-1], range(1)[::-1])
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
it = reversed(range(3))
print(type(it).__name__, next(it), list(it))
print(type(iter(range(3))).__name__)
print(list(range(5).__reversed__()))
