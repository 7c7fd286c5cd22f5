# Inconsistent comparisons never crash the sort and keep every item.
seed = 1
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
class Chaos:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return rnd() % 3 == 0
for n in (0, 1, 2, 31, 64, 65, 200, 1000, 5000):
    items = [Chaos(i) for i in range(n)]
    items.sort()
    print(n, sorted(c.v for c in items) == list(range(n)))
    items = [Chaos(i) for i in range(n)]
    items.sort(reverse=True, key=lambda c: c)
    print(n, sorted(c.v for c in items) == list(range(n)))
class AlwaysLess:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return True
xs = [AlwaysLess(i) for i in range(3000)]
xs.sort()
print(sorted(x.v for x in xs) == list(range(3000)))
class NeverLess:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return False
xs = [NeverLess(i) for i in range(3000)]
xs.sort()
print([x.v for x in xs][:5], [x.v for x in xs][-3:])
