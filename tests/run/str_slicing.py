# str indexing and slicing, including steps and Unicode
for s in ["abcdefgh", "héllo wörld", "日本語テキスト", "", "a", "😀x😀y"]:
    n = len(s)
    print(repr(s), n)
    for i in range(-n - 1, n + 1):
        try:
            print(" ", i, repr(s[i]))
        except IndexError as e:
            print(" ", i, "IndexError", e)
    for sl in [slice(None), slice(1, None), slice(None, -1), slice(2, 5), slice(None, None, 2), slice(None, None, -1),
               slice(-2, None, -2), slice(5, 1, -1), slice(1, 5, 3), slice(100, None), slice(-100, 100),
               slice(None, None, 3), slice(3, 3), slice(4, 2), slice(-1, -100, -3), slice(2**70, None), slice(None, -2**70)]:
        print("  ", sl.start, sl.stop, sl.step, repr(s[sl]))
s = "abcdef"
print(s[:] is s, s[0:6] is s, s[::1] is s)
class I:
    def __index__(self):
        return 1
print(s[I()], s[True], s[I():])
for bad in [lambda: s[6], lambda: s[-7], lambda: s["1"], lambda: s[1.0], lambda: s[::0], lambda: s[1.5:],
            lambda: s[2**70], lambda: s[None], lambda: s[:"x"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
