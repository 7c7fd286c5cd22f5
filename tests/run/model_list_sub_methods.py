class Tracking(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("len")
        return super().__len__()
    def __iter__(self):
        print("iter")
        return super().__iter__()

t = Tracking([3, 1, 2])
print(t.index(1), t.count(3), 2 in t)        # no overridden calls
print(sorted(t))                               # iterates via __iter__
print(t[0])
print(len(t))
print(list(t), tuple(t))
print(max(t), min(t), sum(t))
x, y, z = t
print(x, y, z)
print([*t])
t.sort()
t.reverse()
print(t.copy(), type(t.copy()).__name__, t[::-1] if False else "skip")
print(t + [0], type(t + [0]).__name__, [0] + t, t * 2)
t.extend(range(2))
t.insert(0, 9)
t.remove(9)
print(t.pop(), t.pop(0), t)
t[1:2] = [7, 7]
del t[0]
print(t, repr(t), str(t))
t.clear()
print(t, type(t).__name__)

class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def append(self, x):
        super().append(x)
        self.sort()
s = Sorted([3, 1])
s.append(2)
print(s, isinstance(s, list), s == [1, 2, 3], [1, 2, 3] == s, s < [1, 2, 4])

class Recur(list):
    pass
r = Recur()
r.append(r)
print(r, repr(Recur([Recur([1])])))
