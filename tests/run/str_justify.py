# str.center, ljust, rjust, zfill
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    for w in [-1, 0, 3, 4, 5, 8]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")),
              repr(s.ljust(w, "é")), repr(s.rjust(w, "0")))
for s in ["42", "-42", "+42", "", "-", "abc", "+-1", "3.14", "-0.5e10"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 6)])
x = "same"
print(x.center(2) is x, x.zfill(4) is x, x.ljust(True) is x)
for bad in [lambda: "a".center(), lambda: "a".center(1, 2, 3), lambda: "a".center("x"), lambda: "a".center(5, 1),
            lambda: "a".ljust(5, "ab"), lambda: "a".rjust(5, ""), lambda: "a".center(width=5), lambda: "a".zfill(),
            lambda: "a".zfill("3"), lambda: "a".ljust(2**63), lambda: "a".rjust(5, fillchar="x"), lambda: "a".center(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
