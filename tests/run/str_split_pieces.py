# str.split / str.rsplit, with and without a separator, maxsplit, and
# non-ASCII text (pieces are slices of the original).
cases = ["", " ", "a", " a ", "a b  c", "  a\tb\nc  ", "\x1c a \x1f b\x85c\u2003d\u3000",
         "héllo wörld  ünï", "a,b,,c,", ",", "αβ,γ", "x  y  z  "]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1),
          s.split(maxsplit=0), s.rsplit(maxsplit=0), s.split(maxsplit=2), s.rsplit(maxsplit=2))
    print("  ", s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1),
          s.split("  "), s.rsplit("  ", 1), s.split(",,"))
    for piece in s.split() + s.split(","):
        assert len(piece) == len(list(piece)), piece
class S(str):
    pass
print(S(" q r ").split(), type(S("a b").split()[0]).__name__, S("a,b").rsplit(","))
print("a b".split(None), "a\u00a0b".split(), "a\u2028b".split())
for bad in [(1,), ("",), (None, "x")]:
    try:
        "abc".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
