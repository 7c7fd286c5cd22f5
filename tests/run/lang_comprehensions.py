# List, set, dict comprehensions and generator expressions: nested loops,
# several conditions, scoping, laziness.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for word in ["ab", "cd"] for c in word if c != "c"])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items() if v > 1})
print(sorted({(a, b) for a in range(2) for b in "xy"}))
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
print(list(x for x in [3, 1, 2] if x > 1))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
x = "outer"
print([x for x in "ab"], x)
print([(i, j) for i in range(3) if i for j in range(i) if j >= 0])


def evaluated_first():
    print("iterable evaluated")
    return range(2)


gen = (v for v in evaluated_first())
print("before consuming")
print(list(gen))
try:
    gen2 = (1 / v for v in [1, 0])
    print(next(gen2))
    next(gen2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [v for v in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (v for v in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {v: w for v, w in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)


class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)


print(C.doubled, C.total)
print([lambda: i for i in range(2)][0](), [(lambda: j)() for j in range(2)])
print({i: [j for j in range(i)] for i in range(3)})
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a + b for a, *b in [(1, 2, 3)] for b in b])
nested = ((i, j) for i in range(2) for j in (i, i + 1))
print(list(nested))
print(any(v > 2 for v in [1, 2, 3]), all(v for v in []), list(zip(*[[1, 2], [3, 4]])))
print([y for x in range(3) if (y := x * 10) > 0])
print(list(reversed([x for x in "abc"])), "".join(ch for ch in "hello" if ch not in "l"))
d = {"a": 1}
print([k for k in d], [(k, v) for k, v in sorted({"z": 1, "y": 2}.items())])
print(sum(1 for _ in range(1000)))
