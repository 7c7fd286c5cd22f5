# str.startswith and str.endswith with tuples and ranges
s = "hello world"
for p in ["hello", "world", "", "h", "d", "hello world!", ("x", "he"), ("x", "y"), (), ("",)]:
    for args in [(), (6,), (0, 5), (-5,), (3, 3), (20,), (-100, 100), (None, 5), (2**70,)]:
        print(repr(p), args, s.startswith(p, *args), s.endswith(p, *args))
print("héllo".startswith("hé"), "héllo".endswith("llo", 2), "日本語".startswith("本", 1), "日本語".endswith("本", 0, 2))
print("a".endswith(("a", 1)), "".startswith(""), "".endswith("", 1))
for bad in [lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith((1,)), lambda: s.endswith(("x", 1)),
            lambda: s.startswith(), lambda: s.startswith("a", "b"), lambda: s.endswith("a", 1, 2, 3),
            lambda: s.startswith(prefix="h"), lambda: s.startswith(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
