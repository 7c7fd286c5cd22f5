# Dictionaries: insertion, lookup, get with default, setdefault, in, del,
# iteration over items/keys/values, str and int and tuple keys, update.


def word_counts(n):
    words = ["w" + str(i % 997) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def grouping(n):
    groups = {}
    for i in range(n):
        groups.setdefault(i % 101, []).append(i)
    total = 0
    for key, members in groups.items():
        total += key * len(members)
    return total


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7919 % 65521] = i
    hits = 0
    for i in range(0, 65521, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        k = i * 7919 % 65521
        if k in d:
            del d[k]
    return hits, len(d)


def tuple_keys(n):
    grid = {}
    for x in range(n):
        for y in range(n):
            grid[(x, y)] = x ^ y
    s = 0
    for x in range(1, n - 1):
        for y in range(1, n - 1):
            s += grid[(x - 1, y)] + grid[(x + 1, y)] - grid[(x, y + 1)]
    return s


def merge(n):
    a = {i: i for i in range(n)}
    b = {i: -i for i in range(n // 2, n + n // 2)}
    a.update(b)
    return sum(a.values()) + sum(a.keys()) + len(a)


checks = []
for _ in range(9):
    counts = word_counts(60000)
    checks = [len(counts), counts["w5"], sum(counts.values()),
              grouping(60000), int_keys(40000), tuple_keys(120), merge(40000)]
print(checks)
