# str +, *, in, len, bool and in-place operators
a, b = "abc", "déf"
print(a + b, a * 3, 3 * a, a * 0, a * -2, repr("" * 5), a * True)
print("b" in a, "bc" in a, "" in a, "x" in a, "é" in b, "" in "")
print(len(a), len(b), len("😀"), len(""), bool(""), bool(" "), not "")
s = "x"
s += "y"
s *= 3
print(s)
class N:
    def __index__(self):
        return 2
print("ab" * N(), N() * "cd")
class R:
    def __rmul__(self, other):
        return "rmul:" + other
    def __radd__(self, other):
        return "radd:" + other
print("ab" * R(), "ab" + R())
for bad in [lambda: a + 1, lambda: 1 + a, lambda: a * "x", lambda: a * 1.5, lambda: 1 in a, lambda: None in a,
            lambda: a - "a", lambda: -a, lambda: a * 2**63, lambda: a + b"x", lambda: a / 2]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
