# str.removeprefix and str.removesuffix
for s, a in [("prefix-body", "prefix-"), ("body-suffix", "-suffix"), ("abc", ""), ("abc", "abc"), ("abc", "abcd"),
             ("héllo", "hé"), ("héllo", "lo"), ("", ""), ("", "a"), ("aaa", "a")]:
    print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
x = "keep"
print(x.removeprefix("z") is x, x.removesuffix("") is x)
for bad in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(None), lambda: "a".removeprefix(),
            lambda: "a".removesuffix("a", "b"), lambda: "a".removeprefix(prefix="a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
