# str.maketrans and str.translate
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans("abc", "xyz", "d")
t3 = str.maketrans({"a": "AA", "b": None, 99: 100, "é": "e"})
print(t1, t2, t3)
for s in ["abcd", "aabbccdd", "", "héllo", "zzz", "é"]:
    print(repr(s), repr(s.translate(t1)), repr(s.translate(t2)), repr(s.translate(t3)))
print(repr("abc".translate({97: 0x1F600})), repr("abc".translate([None, None])), repr("abc".translate({})))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return chr(k).upper()
print(repr("abc".translate(Table())))
print(str.maketrans("", ""), str.maketrans({}))
for bad in [lambda: "a".translate(), lambda: "a".translate(1), lambda: "a".translate({97: 1.5}),
            lambda: "a".translate({97: -1}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans(),
            lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans("a", "b", 1), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("a", 1),
            lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", "b", "c", "d")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("xyz".maketrans("x", "y"), "".maketrans({"a": None}), "q".maketrans("ab", "cd", "e"))
print(b"x".maketrans(b"a", b"b")[97], bytearray().maketrans(b"", b"") == bytes(range(256)))
