# enumerate counts and sum() of ints and floats take machine-number paths;
# results and overflow into big ints must match the general ones.
import sys
print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", -3)))
big = sys.maxsize
print(list(enumerate("abcd", big - 2)))
print(list(enumerate("ab", 2**64)), list(enumerate("ab", -(2**64))))
print(list(enumerate("xyz", 2**62 - 2)), list(enumerate("xyz", -(2**62) - 1)))
print(list(enumerate([], 3)), list(enumerate("a", True)), type(list(enumerate("a", True))[0][0]))
for start in (0, 2**62 - 1, 2**63 - 2):
    pairs = list(enumerate("abc", start))
    print([(type(i).__name__, i) for i, _ in pairs])
try:
    enumerate("a", 1.5)
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2, 3]), sum(range(100)), sum([], 5), sum([1.5, 2.25]), sum([1, 2.5, 3]), sum([2.5, 1]))
print(sum([2**62 - 1, 2**62 - 1, 2**62]), sum([-(2**62), -(2**62), -(2**62)]))
print(sum([sys.maxsize, sys.maxsize, 1]), sum([0.1] * 10), sum([1e308, 1e308]), sum([float("nan"), 1.0]))
print(sum([True, True, 1]), sum([1, True]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1.0, -1.0, 1e-16] * 3), sum(x * 0.5 for x in range(10)), sum(i for i in range(10 ** 4)))
class I(int):
    def __add__(self, o):
        return I(int(self) + int(o) + 100)
    __radd__ = __add__
print(sum([I(1), 2, 3]), sum([1, I(2)]), type(sum([I(1), 2])).__name__)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1.5, None])
except TypeError as e:
    print("TypeError", e)
