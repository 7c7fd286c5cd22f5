# str.count
s = "aaaa bbb aaa"
for sub in ["a", "aa", "aaa", "", " ", "b", "x", "aaaa bbb aaa", "aaaa bbb aaaa"]:
    for args in [(), (2,), (2, 8), (-3,), (None, -2), (100,), (-100,), (5, 3)]:
        print(repr(sub), args, s.count(sub, *args))
print("".count(""), "".count("", 1), "abc".count("", 3), "abc".count("", 4), "ééé".count("é"), "ééé".count("", 1))
print("ababab".count("aba"), "日本日本日".count("日本"))
for bad in [lambda: s.count(), lambda: s.count(1), lambda: s.count("a", "b"), lambda: s.count("a", x=1),
            lambda: s.count("a", 1, 2, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
