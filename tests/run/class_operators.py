# operator dunders on classes, reflected operands and NotImplemented
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*[a * k for a in self.c]) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __len__(self):
        return len(self.c)
    def __bool__(self):
        return any(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __iter__(self):
        return iter(self.c)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __pow__(self, n, mod=None):
        return V(*[pow(a, n, mod) for a in self.c])
    def __divmod__(self, k):
        return V(*[a // k for a in self.c]), V(*[a % k for a in self.c])
    def __round__(self, n=None):
        return V(*[round(a, n) for a in self.c])
    def __index__(self):
        return len(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 2, 2 * a, -a, abs(b), a == V(1, 2), a != b, a < b, b > a, sorted([b, a]))
print(len(a), bool(V(0, 0)), a[1], 2 in a, list(a), a @ b, a ** 2, pow(b, 2, 5), divmod(b, 2), round(V(1.26, 2.5), 1))
print([10, 20, 30][V(1)], bin(V(1, 2, 3)), hex(V()), max(a, b), min([b, a]))
for expr in ['a - b', 'a * "x"', '"x" + a', 'a < 1', '~a', 'a // 2']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
acc += 1
acc += 2
print(acc.items)
