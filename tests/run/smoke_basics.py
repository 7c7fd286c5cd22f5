print("hello", 1 + 2)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
x = [1, 2, 3]
d = {"a": 1, "b": [x, (4,)]}
print(d, len(x), x[-1], x[1:])
for i in range(3):
    print(i, end=" ")
print()
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e, repr(e))
print(f"{3.5:>8.2f}|{'x'!r}")
