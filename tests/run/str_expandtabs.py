# str.expandtabs
for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "日本\t語", "\t\t", "no tabs", ""]:
    print(repr(s), [s.expandtabs(n) for n in (8, 4, 1, 0, -1)], repr(s.expandtabs()), repr(s.expandtabs(tabsize=3)))
for bad in [lambda: "a".expandtabs("a"), lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs(x=1),
            lambda: "a".expandtabs(2**70), lambda: "a".expandtabs(1.0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
