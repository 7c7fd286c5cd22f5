# Sets: add, discard, membership, union, intersection, difference,
# symmetric difference, set comprehension, frozenset as a dict key.
# Only int sets are iterated or printed, so the output does not depend on
# string hash randomization.


def sieve(limit):
    composite = set()
    primes = []
    for i in range(2, limit):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, limit, i):
                composite.add(j)
    return primes


def set_algebra(n):
    a = set(range(0, n, 2))
    b = set(range(0, n, 3))
    c = {x for x in range(n) if x % 5 == 1}
    u = a | b | c
    i = a & b
    d = u - c
    s = a ^ b
    a.discard(4)
    a.discard(-1)
    return len(u), len(i), len(d), len(s), len(a), min(s), max(d)


def seen_words(n):
    seen = set()
    dups = 0
    for i in range(n):
        w = "k" + str(i * 31 % (n // 2))
        if w in seen:
            dups += 1
        else:
            seen.add(w)
    return dups, len(seen)


def frozen_keys(n):
    table = {}
    for i in range(n):
        key = frozenset((i % 7, i % 11, i % 13))
        table[key] = table.get(key, 0) + 1
    return len(table), max(table.values())


result = None
for _ in range(3):
    result = (len(sieve(150000)), set_algebra(150000), seen_words(80000),
              frozen_keys(40000))
print(result)
