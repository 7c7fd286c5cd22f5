# str.partition and str.rpartition
for s, sep in [("a=b=c", "="), ("abc", "x"), ("", "x"), ("xax", "x"), ("héllo wörld", "ö"), ("aaa", "aa"),
               ("key: value: more", ": "), ("abc", "abc"), ("abc", "abcd")]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
s = "abc"
print(s.partition("z")[0] is s, s.rpartition("z")[2] is s)
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None),
            lambda: "a".partition(), lambda: "a".rpartition("a", "b"), lambda: "a".partition(sep="a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
