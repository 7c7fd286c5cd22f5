cases = [("", "a", "b"), ("abc", "b", ""), ("abcabc", "b", "XYZ"), ("aaaa", "aa", "b"), ("héllo wörld", "ö", "oe"), ("héllo", "l", "ł"),
         ("abc", "x", "y"), ("a.b.c", ".", "\u4e2d"), ("中文中文", "中", "zh"), ("abc", "abc", ""), ("xx", "x", "xx")]
for s, o, n in cases:
    for cnt in (-1, 0, 1, 2, 10):
        r = s.replace(o, n, cnt)
        print(repr(s), repr(o), repr(n), cnt, repr(r), len(r), r is s)
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
class S(str): pass
print(type(S("ab").replace("x", "y")), S("ab").replace("a", "c"))
try:
    "a".replace(1, "b")
except TypeError as e:
    print(e)
