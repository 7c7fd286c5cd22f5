# str.find, rfind, index, rindex with start/end, negative and huge bounds, Unicode
s = "abcabcabc"
u = "héllo wörld héllo"
for sub in ["abc", "c", "", "x", "cab", "abcabcabcd"]:
    for args in [(), (1,), (3, 6), (-3,), (-100, 100), (4, 2), (None, 5), (2**70,), (-2**70, None), (9,), (10,)]:
        print(repr(sub), args, s.find(sub, *args), s.rfind(sub, *args))
for sub in ["ö", "héllo", "llo", "", "z"]:
    for args in [(), (2,), (-5,), (1, 8)]:
        print(repr(sub), args, u.find(sub, *args), u.rfind(sub, *args))
print(s.index("b"), s.rindex("b"), s.index("c", 3), s.rindex("a", 0, 5), u.index("w"), u.rindex("l"))
print("".find(""), "".rfind(""), "".find("", 1), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 2))
class Idx:
    def __index__(self):
        return 2
print(s.find("c", Idx()), s.rfind("a", None, Idx()))
for bad in [lambda: s.index("x"), lambda: s.rindex("x"), lambda: s.index("a", 1, 2), lambda: s.find(1),
            lambda: s.find("a", "b"), lambda: s.find("a", 1.0), lambda: s.find(), lambda: s.rfind("a", 1, 2, 3),
            lambda: s.index(sub="a"), lambda: s.rindex(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
