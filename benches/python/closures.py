# Closures: nested functions reading and writing enclosing variables
# (nonlocal), functions passed as values, lambdas, function composition.


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        s = 0
        for v in items:
            s += v
        return s

    return add, total


def run(rounds):
    checksum = 0
    for r in range(rounds):
        counters = [make_counter(k) for k in range(1, 6)]
        for _ in range(40):
            for c in counters:
                checksum += c()
        inc = compose(make_adder(r), make_adder(1))
        twice = compose(inc, inc)
        for i in range(30):
            checksum += twice(i)
        add, total = make_accumulator()
        for i in range(50):
            add(i * r % 7)
        checksum += total()
    return checksum


print("closures", run(9000))
