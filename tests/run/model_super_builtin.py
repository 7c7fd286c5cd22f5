class L(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)
    def extend(self, xs):
        for x in xs:
            self.append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
    def __delitem__(self, i):
        print("delitem", i)
        super().__delitem__(i)

l = L()
l.append(1)
l.extend([2, 3])
l[0] = 5
del l[1]
print(l, list.__len__(l), list.__getitem__(l, 0), list.__repr__(l))
l.insert(0, 7)  # not overridden: no print
l += [8]        # list.__iadd__ does not call append
print(l)

class D(dict):
    def __setitem__(self, k, v):
        print("D.setitem", k)
        super().__setitem__(k, str(v))
d = D()
d["a"] = 1
d.update(b=2)          # dict.update does not call __setitem__
d.setdefault("c", 3)   # nor does setdefault
print(sorted(d.items()))
print(dict.__getitem__(d, "a"), dict.get(d, "zz", "dflt"), dict.__contains__(d, "a"), dict.__len__(d))

class S(str):
    def upper(self):
        return "custom " + super().upper()
    def __getitem__(self, i):
        return "item:" + super().__getitem__(i)
s = S("abc")
print(s.upper(), s[0], str.upper(s), str.__getitem__(s, 1), s.title(), "".join(reversed(s)))

class I(int):
    def __add__(self, o):
        return I(super().__add__(o) * 100)
    def __repr__(self):
        return "I(" + int.__repr__(self) + ")"
print(I(1) + 2, repr(I(3)), int.__add__(I(1), 1), I(5).__sub__(1), I(5).real, I(5).numerator)

class T(tuple):
    def __getitem__(self, i):
        return "T" + str(super().__getitem__(i))
    def __len__(self):
        return 100
t = T((1, 2))
print(t[0], len(t), tuple.__len__(t), list(t), t.count(1), t + (3,))

class SetS(set):
    def add(self, x):
        super().add(x * 2)
ss = SetS([1])
ss.add(5)
ss |= {7}
print(sorted(ss))
try:
    list.append(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__getitem__([], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
