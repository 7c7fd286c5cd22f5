# str.replace with counts, empty patterns, Unicode
s = "one two one two one"
for old, new in [("one", "1"), ("two", ""), ("", "-"), ("o", "00"), ("x", "y"), ("one two one two one", "all")]:
    for count in [-1, 0, 1, 2, 10]:
        print(repr(old), repr(new), count, repr(s.replace(old, new, count)))
print(repr("".replace("", "x")), repr("".replace("", "x", 0)), repr("abc".replace("", "")), repr("ab".replace("", "-", 2)))
print(repr("héllo".replace("é", "e")), repr("日本".replace("", "|")), repr("aaa".replace("aa", "b")))
print(repr("abc".replace("b", "B", True)))
for bad in [lambda: s.replace(1, "a"), lambda: s.replace("a", 1), lambda: s.replace("a"), lambda: s.replace("a", "b", "c"),
            lambda: s.replace("a", "b", 1, 2), lambda: s.replace(old="a", new="b"), lambda: s.replace("a", "b", 1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
