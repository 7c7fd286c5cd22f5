# tuple indexing and slicing with steps
t = tuple(range(10))
print(t[2:5], t[::2], t[::-1], t[8:2:-3], t[-3:], t[:100], t[100:], t[5:2], t[::-4])
print(t[0], t[-1], t[True], t[slice(2, None, 3)])
for key in (10, -11, 'a', 1.0, slice(None, None, 0)):
    try:
        print(t[key])
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t[:] is t or t[:] == t, (1,)[0:1], ()[::-1], (1,)[5:])
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
