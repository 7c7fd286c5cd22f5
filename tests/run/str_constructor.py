# str(): objects, bytes with encodings, errors
print(repr(str()), repr(str(1)), repr(str(1.5)), repr(str([1, "a"])), repr(str(None)), repr(str("x")))
print(repr(str(b"abc")), repr(str(bytearray(b"x"))), repr(str(object="kw")))
print(repr(str(b"h\xc3\xa9", "utf-8")), repr(str(b"h\xe9", "latin-1")), repr(str(b"abc", encoding="ascii")))
print(repr(str(b"\xff", "utf-8", "replace")), repr(str(b"a\xffb", errors="ignore")), repr(str(bytearray(b"xy"), "ascii")))
class S:
    def __str__(self):
        return "custom"
class RS:
    def __repr__(self):
        return "repr-only"
print(str(S()), str(RS()), type(str(S())).__name__)
for bad in [lambda: str("a", "utf-8"), lambda: str(1, "utf-8"), lambda: str(b"a", 1), lambda: str(b"a", "utf-8", 1),
            lambda: str(b"\xff", "utf-8"), lambda: str(b"a", "nope"), lambda: str(1, 2, 3, 4), lambda: str(x=1),
            lambda: str(b"\xff", "ascii", "nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
