# Float results stored into registers that may hold shared floats, and
# float ** float without a call.
a = 1.5
b = a
for i in range(3):
    a = a * 2.0
print(a, b)
xs = []
x = 0.25
for i in range(4):
    x = x + 1.0
    xs.append(x)
print(xs)
d = {"k": 2.5}
v = d["k"]
v = v * 3
print(v, d)
print(2.0 ** 0.5, 10 ** -2.0, 0.5 ** 1000, 1.5 ** -1)
for base, exp in [(-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0), (-2.0, 2.0), (2.0, float("inf")), (float("nan"), 0.0)]:
    try:
        print(base ** exp)
    except Exception as e:
        print(type(e).__name__, e)
y = 1e308
try:
    y = y * 10.0 ** 10
except OverflowError as e:
    print("overflow", e)
print(y)
