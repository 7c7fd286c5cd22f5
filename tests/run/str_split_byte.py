cases = ["", "a", ",", ",,", "a,b", ",a,", "a,,b,", "é,ü,,ß", "x" * 50 + "," + "y" * 3]
for s in cases:
    for m in (-1, 0, 1, 2, 5):
        print(repr(s), m, s.split(",", m), s.rsplit(",", m))
    print(s.split(","), s.rsplit(","), s.split(sep=","), s.rsplit(",", maxsplit=1))
print("a b  c".split(" "), "line1\nline2\n".split("\n"), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
class S(str): pass
print(S("a,b").split(","), type(S("a,b").split(",")[0]))
print(["a,b".split(",")[0] is "a,c".split(",")[0]])
