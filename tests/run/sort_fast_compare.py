# Sorting and min/max with keys the fast comparison handles (ints, floats,
# strs, tuples of them) and keys it must leave to the object protocol.
nan = float("nan")
rows = [(3, "b"), (1, "z"), (3, "a"), (2, "q"), (1, "a"), (2.5, "m"), (True, "t")]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (r[1], r[0])))
print(min(rows), max(rows))
print(min(rows, key=lambda r: r[1]), max(rows, key=lambda r: (r[0], r[1])))
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)], key=lambda t: t[0]))
print(sorted([(), (1,), (0, 5), (0,), (1, -1)]))
print(sorted(["b", "a", "ab", "", "B", "é", "e"]))
print(max([1.5, 2, 0.5, -3]), min([2, 1.0, True]))
print(sorted([(1, [2]), (1, [1]), (0, [3])]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    max([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError", e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([(1, K(1)), (1, K(3)), (0, K(2))]))
print(min([(1, K(1)), (1, K(3))]), max([K(1), K(3), K(2)]))
# Subclasses of str/float/tuple may override comparisons: no fast path.
class RevStr(str):
    def __lt__(self, other):
        return str.__gt__(self, other)
print(sorted([RevStr("a"), RevStr("c"), RevStr("b")]))
class AlwaysEq(float):
    def __eq__(self, other):
        return True
    __hash__ = float.__hash__
print([1.0, 2.0].index(AlwaysEq(5.0)), AlwaysEq(7.0) in [3.5])
class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)
print(sorted([T((1,)), T((1, 2, 3)), T((1, 2))]))
print(["x", "y"].index("y"), 2.5 in [1.0, 2.5], "q" in ["a", "b"])
