# The exact comparisons list.sort makes, and the state it leaves on errors.
log = []

class K:
    __slots__ = ("v", "tag")
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v},{self.tag})"

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

def trace(values, **kw):
    log.clear()
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort(**kw)
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return len(log), h, [k.tag for k in items][:12]

g = lcg(42)
shapes = {
    "random": [next(g) % 1000 for _ in range(3000)],
    "few distinct": [next(g) % 5 for _ in range(2000)],
    "ascending": list(range(1500)),
    "descending": list(range(1500, 0, -1)),
    "sawtooth": [i % 97 for i in range(2500)],
    "runs": sorted(next(g) % 100 for _ in range(700)) + sorted(next(g) % 100 for _ in range(900)) + [5, 3, 1],
    "organ pipe": list(range(800)) + list(range(800, 0, -1)),
    "mostly sorted": [i if i % 50 else -i for i in range(3000)],
    "small": [3, 1, 2],
    "63": [next(g) % 50 for _ in range(63)],
    "65": [next(g) % 50 for _ in range(65)],
    "gallop": list(range(0, 4000, 2)) + list(range(1, 200, 2)) + list(range(4001, 6000, 2)),
}
for name, vals in shapes.items():
    print(name, trace(vals))
    print(name, "reverse", trace(vals, reverse=True))
    print(name, "key", trace(vals, key=lambda k: K(-k.v, k.tag)))

# An exception midway leaves the list as CPython leaves it.
class Bomb:
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit
    def __lt__(self, other):
        self.limit[0] -= 1
        if self.limit[0] < 0:
            raise RuntimeError("enough")
        return self.v < other.v
for limit in (5, 40, 150, 700, 3000):
    g = lcg(limit)
    lim = [limit]
    data = [Bomb(next(g) % 300, lim) for _ in range(400)]
    before = [b.v for b in data]
    try:
        data.sort()
    except RuntimeError as e:
        print(limit, "raised", e)
    after = [b.v for b in data]
    print(limit, sorted(after) == sorted(before), after[:20], after[-10:])

# Mixed types and tuples.
print(sorted([(1, "b"), (1, "a"), (0, "z"), (2,), (1,)]))
print(sorted([3, 1.5, 2, -7, 2.0, True]))
print(sorted(["b", "a", "ab", "é", "z", "", "aa"]))
print(sorted([10**30, 5, -10**30, 7]))
print(sorted([(1.5, 2), (1.5, 1), (0.5, 9)], reverse=True))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
l = [3, 1, "a", 2]
try:
    l.sort()
except TypeError as e:
    print(e, l)
# The list is empty while it sorts.
seen = []
l = [3, 1, 2]
def key(x):
    seen.append(len(l))
    return x
l.sort(key=key)
print(seen, l)
l = [3, 1, 2]
def meddle(x):
    l.append(x)
    return x
try:
    l.sort(key=meddle)
except ValueError as e:
    print(e, l)
def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x
l = [3, 1, 2, 0]
try:
    l.sort(key=bad_key)
except KeyError as e:
    print("key raised", e, l)
