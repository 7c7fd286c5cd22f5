class I(int):
    def __add__(self, o): return "I.add"
    def __sub__(self, o): return "I.sub"
    def __mod__(self, o): return "I.mod"
    def __radd__(self, o): return "I.radd"
    def __eq__(self, o): return "I.eq"
    def __lt__(self, o): return "I.lt"
    __hash__ = int.__hash__
def f():
    i = I(5)
    out = []
    for _ in range(2):
        out.append((i + 1, i - 1, i % 2, 1 + i, i == 5, i < 3, 3 > i, [0,1,2,3,4,5,6][i], i * 2))
    return out
print(f())
class L(list):
    def __getitem__(self, k): return "L.get"
    def __setitem__(self, k, v): print("L.set", k, v)
def g():
    l = L([1, 2])
    l[0] = 5
    return l[0], l[1], l
print(g())
class F(float):
    def __add__(self, o): return "F.add"
    def __mul__(self, o): return "F.mul"
    def __lt__(self, o): return "F.lt"
    def __pow__(self, o): return "F.pow"
f = F(2.0)
print(f + 1.0, f * 2, f < 3.0, f ** 2.0, 1.0 + f, 2.0 ** F(3.0))
class I(int):
    def __add__(self, o): return "I.add"
    def __lt__(self, o): return "I.lt"
i = I(1)
print(i + 1, i < 2, 1 + i)
class S(str):
    def __add__(self, o): return "S.add"
    def __eq__(self, o): return "S.eq"
    __hash__ = str.__hash__
s = S("a")
print(s + "b", s == "a", "a" == s)
s2 = s
s2 += "x"
print(s2)
