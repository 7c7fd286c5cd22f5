# Generator expressions consumed by builtins: sum, any, all, max, min,
# sorted, tuple, str.join, dict; and chained generator expressions.


def run(n):
    total = sum(i * i for i in range(n))
    odd = sum(1 for i in range(n) if i & 1)
    found = any(i * 7 % 1009 == 1000 for i in range(n))
    small = all(i < n for i in range(n))
    best = max((i * 37) % 1001 for i in range(n))
    least = min(abs(500 - (i * 13) % 1001) for i in range(n))
    stage1 = (i * 3 for i in range(n))
    stage2 = (x + 1 for x in stage1 if x % 2)
    stage3 = sum(x // 2 for x in stage2)
    text = ",".join(str(i) for i in range(0, n, 97))
    pairs = dict((i, i * i) for i in range(0, n, 11))
    tup = tuple(x for x in range(100) if x % 3 == 0)
    return total, odd, found, small, best, least, stage3, len(text), len(pairs), sum(tup)


result = None
for _ in range(22):
    result = run(50000)
print(result)
