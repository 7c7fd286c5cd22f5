class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"P(x={self[0]}, y={self[1]})"

p = P(1, 2)
print(p, p.x, p[1], len(p), tuple(p), type(tuple(p)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, p + (3,), type(p + (3,)).__name__, p[:1], type(p[:]).__name__, list(p), 2 in p, p.count(1), p.index(2))
print(sorted([P(2, 1), P(1, 2)]), {p: "v"}[(1, 2)], max(p), str(p), isinstance(p, tuple))

class T(tuple):
    pass
t = T([1, 2, 3])
print(t, T(), T("ab"), t * 2, type(t * 2).__name__)
try:
    T(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class S(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
s = S([1, 2])
s.add_all(3, 4)
print(sorted(s), type(s).__name__, len(s), 3 in s, s == {1, 2, 3, 4}, type(s | {9}).__name__, type(s.copy()).__name__)
s |= {10}
print(type(s).__name__, sorted(s), S(), S("aa"))
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)

class FS(frozenset):
    pass
fs = FS([3, 1])
print(sorted(fs), type(fs).__name__, hash(fs) == hash(frozenset([1, 3])), fs | {5}, type(frozenset(fs)).__name__, {fs: 1}[frozenset({1, 3})])
print(FS(), repr(FS([1])), repr(S([1])))

class By(bytes):
    pass
bb = By(b"abc")
print(bb, bb[0], bb[1:], type(bb[1:]).__name__, bb.upper(), len(bb), bb == b"abc", bytes(bb), type(bytes(bb)).__name__, bb.decode())
class BA(bytearray):
    pass
ba = BA(b"xy")
ba.append(122)
print(ba, len(ba), ba[0], type(ba).__name__, bytes(ba), BA(3))
