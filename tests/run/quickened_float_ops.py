# quickened float ops must fall back correctly
def f(a, b):
    return a + b, a - b, a * b, a / b
print(f(1.5, 2.5))
print(f(1.5, 2.5))
print(f(1.5, 2))
print(f(3, 2.0))
print(f("a", "b") if False else "skip")
try:
    print(f(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZDE", e)
print(f(1.0, 4.0))
class F(float):
    def __add__(self, o): return "sub-add"
print(f(F(1.0), 2.0)[0])
x = 0.1
for i in range(5):
    x = x * 1.5 - 0.01
    x /= 1.01
print(x)
