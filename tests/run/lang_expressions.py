# Operator precedence, unary operators, slicing, boolean short-circuit
# values, identity and membership, conditional definitions.
print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7 / 2, divmod(-7, 2), ~5, -~5, +-3)
print(1 << 3 + 1, (1 << 3) + 1, 6 & 3 | 8, 6 ^ 3 & 1, not 1 == 2, not (1 and 0))
print(1 + 2 == 3 and 4 > 3 or 0, 0 or 0.0 or [] or "last", 3 and 0 and 5)
s = "abcdefgh"
print(s[1:4], s[:3], s[5:], s[-3:], s[::-1], s[::2], s[1:-1:3], s[10:], s[-100:2], s[5:1:-1])
lst = list(range(10))
print(lst[2:8:2], lst[slice(1, 3)], lst[::-3], lst[:-7:-1], lst[3:3])
t = 1, 2, 3
print(t, t[-1], (1,), (), tuple(), 1 in t, 4 not in t)
a = [1]
b = a
print(a is b, a == [1], a is not [1], None is None, type(None).__name__)
x = 5
print(-x, +x, abs(-x), x if x else -x, (x > 3) + (x > 4) + True)
print(10 if x > 3 else 20, [1, 2][x > 3], {True: "t", False: "f"}[x > 9])
print("ab" * 3, [0] * 3, 3 * (1,), "a" + "b" "c", "x" in "xyz", [1, [2]] == [1, [2]])
print(1 < 2.5 < 3, 1 == 1.0 == True, "a" < "b" < "ba", (1, 2) < (1, 3), [1] < [1, 0])
print(0.1 + 0.2, 1e3, 1_000_000, 0x1F, 0o17, 0b101, 1j * 1j, 10 / 4, 10 // 4.0)
if x > 3:
    def pick():
        return "branch one"
else:
    def pick():
        return "branch two"
print(pick())
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
print(..., Ellipsis is ..., type(...).__name__, NotImplemented)
i = 0; j = 1; i += j; print(i, j)
del lst[1:3], t
print(lst, "t" in globals())
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], [row[::-1] for row in matrix][0], matrix[-1][-1])
d = {"a": {"b": [10, 20]}}
print(d["a"]["b"][1], d.get("z", {}).get("q"), len(d["a"]))
print(True + True, True * 3, -True, True / 2, int(True), str(False), None == 0, bool(None))
print((lambda: (yield))().__class__.__name__, callable(print), isinstance(3, (int, str)))
big = 2 ** 100
print(big, big // 3, big % 7, -big >> 3, big.bit_length(), 10 ** 20 // 10 ** 19)
for bad in ["1 / 0", "1 % 0", "1 // 0", "2.0 / 0", "'a' + 1", "[] - []", "-'a'", "~1.5", "1 < 'a'", "[1][5]", "{}[1]", "(1).x"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
