# Generator functions: yield in loops, send-free pipelines of generators,
# yield from, a generator-based merge, early exit from an infinite generator.


def count_from(n):
    while True:
        yield n
        n += 1


def take(it, k):
    for x in it:
        if k <= 0:
            return
        yield x
        k -= 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def chained(n):
    yield from range(n)
    yield from squares(range(n))


def merge(a, b):
    # Merge two sorted iterators.
    a = iter(a)
    b = iter(b)
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def primes():
    found = []
    for n in count_from(2):
        for p in found:
            if p * p > n:
                found.append(n)
                yield n
                break
            if n % p == 0:
                break
        else:
            found.append(n)
            yield n


def run():
    a = sum(only_odd(squares(take(count_from(1), 60000))))
    b = 0
    for x in chained(30000):
        b = (b + x) % 1000003
    c = 0
    for i, v in enumerate(merge(range(0, 60000, 3), range(0, 60000, 5))):
        c += i ^ v
    d = 0
    for p in take(primes(), 3000):
        d += p
    return a, b, c, d


result = None
for _ in range(20):
    result = run()
print(result)
