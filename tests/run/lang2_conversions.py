def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ("abc", "é", "\U0001f600", "\x00\x7f\x80", "'", '"', "'\"", "\\", "\n\t\r", "\u2028", "\xad", "\u0378"):
    print(repr(s), ascii(s), f"{s!a}", "%a" % s, "{!a}".format(s), str(s.encode("utf-8", "surrogatepass")))
print(repr(b"\x00'\"\\"), repr(bytearray(b"ab")), ascii([1, "é"]), repr(["é", ("\n",)]))
for v in (1e16, 1e-5, 0.0001, 123456789012345.0, 1.5e300, 2.0**-1074, 1/7, 100.0, -1e100, 1.1, 2.2 * 3):
    print(repr(v), str(v), f"{v}", "%s" % v, "%r" % v)
t(lambda: int("٣"))
t(lambda: int("𝟓"))
t(lambda: float("٣.٥"))
t(lambda: int("1\u00a0"))
t(lambda: int("\u20031"))
t(lambda: int("0b102", 0))
t(lambda: int("12", 0))
t(lambda: int("-0x_ff", 16))
t(lambda: int("+_1"))
t(lambda: int(" 0o777 ", 0))
t(lambda: int("0O17", 0))
t(lambda: int("0B1", 0))
t(lambda: int("1" * 100, 2))
t(lambda: float("  -1.5e-3  "))
t(lambda: float("1.5E+3"))
t(lambda: float("infinity"))
t(lambda: float("-iNF"))
t(lambda: float("nan(1)"))
t(lambda: float("0x1p3"))
t(lambda: float("1_000.000_1"))
t(lambda: float("1._5"))
t(lambda: float("1e+_5"))
t(lambda: complex("  3+4j  "))
t(lambda: complex("3+4j", 1))
t(lambda: str(b"x", "ascii"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"\xff", "utf-8", "replace"))
t(lambda: str(1, "utf-8"))
t(lambda: str(encoding="utf-8"))
t(lambda: bool("False"))
t(lambda: bool(0.0), )
t(lambda: (bool([]), bool([0]), bool(""), bool(" "), bool(None), bool(0j), bool(range(0))))
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return 1
class NL:
    def __len__(self): return -1
t(lambda: bool(L()))
t(lambda: bool(B()))
t(lambda: bool(NL()))
class IX:
    def __index__(self): return 7
class IT:
    def __int__(self): return 8
class FL:
    def __float__(self): return 9.5
t(lambda: (int(IX()), hex(IX()), [0] * IX() == [0] * 7, "abcdefgh"[IX()], range(IX())))
t(lambda: int(IT()))
t(lambda: hex(IT()))
t(lambda: float(FL()))
t(lambda: int(FL()))
t(lambda: float(IX()))
t(lambda: complex(FL()))
t(lambda: round(FL()))
t(lambda: "x"[FL()])
class BadInt:
    def __int__(self): return "no"
t(lambda: int(BadInt()))
class BadIndex:
    def __index__(self): return 1.5
t(lambda: [1, 2][BadIndex()])
t(lambda: (chr(65), chr(0x10ffff) == "\U0010ffff", ord("€"), ord(b"a"), ord(bytearray(b"z"))))
t(lambda: chr(0x110000))
t(lambda: ord(""))
t(lambda: bin(IX()))
t(lambda: oct(-8))
