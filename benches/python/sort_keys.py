# Sorting: list.sort and sorted with key functions (lambdas and named),
# tuple keys, reverse=True, stability, sorting strings, min/max with key.


def make_records(n):
    records = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        name = "n" + str(seed % 5003)
        records.append((name, seed % 97, seed % 1000003, i))
    return records


def by_score(rec):
    return rec[2]


def run(records):
    a = sorted(records, key=by_score)
    b = sorted(records, key=lambda r: (r[1], r[0]))
    c = sorted(records, key=lambda r: r[1], reverse=True)
    d = [r[0] for r in records]
    d.sort()
    e = list(records)
    e.sort(key=lambda r: -r[3])
    nums = [r[2] for r in records]
    nums.sort()
    lo = min(records, key=lambda r: (r[1], r[2]))
    hi = max(records, key=by_score)
    # Stability: equal keys keep input order, so the last field rises.
    stable = all(c[i][3] < c[i + 1][3] for i in range(len(c) - 1) if c[i][1] == c[i + 1][1])
    return a[0][3], b[-1][3], c[5][3], d[1000], e[0][3], nums[777], lo[3], hi[3], stable


records = make_records(40000)
result = None
for _ in range(3):
    result = run(records)
print(result)
