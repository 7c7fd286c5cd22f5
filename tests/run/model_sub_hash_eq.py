class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
    def __ne__(self, other):
        return not self == other

d = {CI("Key"): 1}
print(d[CI("KEY")], CI("key") in d, "key" in d, d.get("Key"), CI("A") == "a", "a" == CI("A"), CI("A") != "a")
print({CI("x"), CI("X")}, len({CI("x"), CI("X"), "y"}))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __eq__(self, other):
        return isinstance(other, Point) and tuple(self) == tuple(other)
    __hash__ = tuple.__hash__
print(Point(1, 2) == (1, 2), Point(1, 2) == Point(1, 2), {Point(1, 2): "p"}[Point(1, 2)], hash(Point(1, 2)) == hash((1, 2)))

class NoHashInt(int):
    __hash__ = None
try:
    {NoHashInt(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly(int):
    def __eq__(self, o):
        return True
try:
    hash(EqOnly(3))
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly(3) == 99, 99 == EqOnly(3), [1, 2].index(EqOnly(0)), EqOnly(1) in [5])

class L(list):
    def __eq__(self, other):
        return len(self) == len(other)
print(L([1]) == [2], [2] == L([1]), L([1]) != [2], [L([1])] == [[9]])
class Fz(frozenset):
    def __hash__(self):
        return 1
print(hash(Fz([1, 2])), hash(Fz()), Fz([1]) == frozenset([1]), {Fz([1]): 2}[frozenset([1])])
class Fl(float):
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return True
print(hash(Fl(1.5)), {Fl(1.0): "a"}[Fl(2.0)], Fl(0.0) == "x")

class S(str):
    pass
def grow():
    s = S("a")
    s += "b"
    t = "x"
    t += S("y")
    return s, type(s).__name__, t, type(t).__name__
print(grow())
