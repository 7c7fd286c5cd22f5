# reading slices of lists with all kinds of bounds
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[5:2], a[100:], a[-100:2], a[2:100], a[::100], a[::-100], a[-1:-5:-1])
print(a[slice(3)], a[slice(1, 4)], a[slice(None, None, -2)], a[True:], a[:False])
print(a[10 ** 20:], a[:10 ** 20][:2], a[-10 ** 20:][:2], a[::10 ** 20])
for key in (slice(None, None, 0), 'x', 1.5, None, slice('a', 1)):
    try:
        print(a[key])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for i in (10, -11, 10 ** 20):
    try:
        print(a[i])
    except IndexError as e:
        print(type(e).__name__, e)
print(a[-1], a[-10], a[0], a[True])
b = a[:]
print(b == a, b is a)
