# str.split and str.rsplit with and without separators and maxsplit
cases = [
    ("a b  c", None), ("  a b  c  ", None), ("", None), ("   ", None), ("a,b,,c,", ","), ("", ","),
    (",", ","), ("abc", "abc"), ("aXXbXXc", "XX"), ("a\u3000b\x85c\x1cd", None), ("a\u200bb", None),
    ("éàü é", None), ("1<>2<>3", "<>"), ("aaa", "a"), ("aaaa", "aa"), ("a\tb\nc\rd\x0be\x0cf", None),
]
for s, sep in cases:
    for m in (-1, 0, 1, 2, 5):
        print(repr(s), repr(sep), m, s.split(sep, m), s.rsplit(sep, m))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a,b,c".split(sep=","), "a,b,c".rsplit(sep=",", maxsplit=1))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("x".split(None, -5), "x y".split(None, True))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(maxsplit="1"),
            lambda: "a".rsplit(None, 1, 2), lambda: "a".split(foo=1), lambda: "a".split(None, 2**64)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
