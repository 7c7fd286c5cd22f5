# bytes/bytearray find, rfind, index, rindex, count, in
for b in [b"abcabcabc", bytearray(b"abcabcabc")]:
    for sub in [b"abc", b"c", b"", b"x", 99, bytearray(b"ca"), b"abcabcabcd"]:
        for args in [(), (1,), (3, 6), (-3,), (-100, 100), (4, 2), (None, 5), (2**70,)]:
            print(type(b).__name__, repr(sub), args, b.find(sub, *args), b.rfind(sub, *args), b.count(sub, *args))
    print(b.index(b"b"), b.rindex(b"b"), b.index(98, 2), b.rindex(97, 0, 5))
print(b"a" in b"abc", b"" in b"", 97 in b"abc", 120 in b"abc", bytearray(b"bc") in b"abc", b"b" in bytearray(b"abc"))
for bad in [lambda: b"a".index(b"b"), lambda: b"a".rindex(b"b"), lambda: b"a".find("a"), lambda: b"a".find(256),
            lambda: b"a".count(), lambda: b"a".count(x=1), lambda: b"a".find(b"a", "x"), lambda: "a" in b"a",
            lambda: 256 in b"a", lambda: -1 in b"a", lambda: None in b"a", lambda: b"a".index(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
