# Function call overhead: naive recursive Fibonacci and Ackermann, the
# classic tests of frame creation, argument passing and return.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print("fib", fib(30))
print("ack", ack(2, 150), ack(3, 6))
print("tak", tak(24, 16, 8))
