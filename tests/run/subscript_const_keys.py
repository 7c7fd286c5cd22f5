# obj[constant] reads, writes and augmented assignments: lists, tuples,
# dicts, strs, subclasses and custom __getitem__/__setitem__, and the
# errors each raises.

lst = [10, 20, 30]
tup = (1, 2, 3)
print(lst[0], lst[-1], lst[2], tup[0], tup[-3], "abc"[1], b"xyz"[0])
d = {"a": 1, (1, 2): "pair", 3: "three", None: "none", 2.5: "float"}
print(d["a"], d[1, 2], d[3], d[None], d[2.5], d[(1, 2)])

for expr in ("lst[3]", "lst[-4]", "tup[5]", "tup[-9]", "d['zz']", "'abc'[7]", "lst['x']", "tup[1.5]", "None[0]", "5[0]"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

lst[0] = 11
lst[-1] = 33
d["b"] = 2
d[1, 2] = "PAIR"
print(lst, d)
for stmt in ("lst[3] = 0", "lst[-4] = 0", "tup[0] = 5", "'s'[0] = 'x'", "lst['k'] = 1"):
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)

lst[1] += 5
lst[-1] -= 3
d["a"] *= 10
d["new"] = d.get("new", 0) + 1
print(lst, d["a"], d["new"])
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    tup[0] += 1
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i, super().__getitem__(i))

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


sub = L([1, 2, 3])
print(sub[0], sub[-1])
sub[0] = 9
print(list(sub))


class Rec:
    def __init__(self):
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return 7

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))


r = Rec()
print(r[0], r["k"], r[1, 2], r[-1], r[None], r[...])
r["k"] = 1
r[0] += 5
r[1:2] = 3
print(r.log)


def f(seq):
    total = 0
    for _ in range(3):
        total += seq[0] + seq[-1]
        seq[0] = seq[0] + 1
    return total, seq


print(f([1, 2, 3]), f((5, 6)) if False else f([5, 6]))
print(tup[True], lst[False], [1, 2][True])
big = list(range(10))
print(big[9], big[-10], big[2 ** 2])
try:
    big[2 ** 70]
except IndexError as e:
    print("IndexError", e)
lst2 = [[1, 2], [3, 4]]
lst2[0][1] = 99
lst2[1][0] += 1
print(lst2, lst2[1][1])
x = [1]
print(x[1])
