class S(str):
    pass

s = S("hello")
print(s, repr(s), type(s).__name__, len(s), s[1], s[1:3], s.upper(), type(s.upper()).__name__)
print(type(s + "x").__name__, type(s * 2).__name__, type(str(s)).__name__, type(s.strip()).__name__)
print(s == "hello", "hello" == s, hash(s) == hash("hello"), s in {"hello": 1}, {"hello": 1}[s])
print("ell" in s, s.startswith("he"), s.split("l"), "-".join([s, s]), f"{s}!", "%s" % s, format(s, ">7"))
s.attr = 3
print(s.attr, isinstance(s, str), issubclass(S, str))

class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, first + " " + last)
        obj.first = first
        obj.last = last
        return obj
    def initials(self):
        return self.first[0] + self.last[0]

n = Name("Ada", "Lovelace")
print(n, n.first, n.last, n.initials(), len(n), n.lower())

class Loud(str):
    def __str__(self):
        return self.upper() + "!"
    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"
    def __len__(self):
        return 99
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    __hash__ = str.__hash__

l = Loud("Quiet")
print(l, str(l), repr(l), len(l), f"{l}", "%s" % l, [l], l == "QUIET", l.lower())
print(sorted([S("b"), S("a")]), max(S("x"), S("y")))
print(int(S("12")) + 1, float(S("1.5")))

class Fmt(str):
    def __format__(self, spec):
        return "fmt:" + spec
print(format(Fmt("x"), "abc"), f"{Fmt('y'):zz}")
