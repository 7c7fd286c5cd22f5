# bytes join and replace, translate and maketrans
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]), b" ".join(x for x in [b"g"]))
s = b"one two one two one"
for old, new in [(b"one", b"1"), (b"two", b""), (b"", b"-"), (b"x", b"y"), (bytearray(b"o"), b"00")]:
    for count in [-1, 0, 1, 2]:
        print(old, new, count, s.replace(old, new, count), bytearray(s).replace(old, new, count))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcd".translate(t, b"d"), b"abcd".translate(None, b"ac"),
      bytearray(b"abc").translate(t), b"abc".translate(None), b"abc".translate(t, delete=b"b"))
print(bytearray.maketrans(b"a", b"b")[97])
for bad in [lambda: b"a".join(["a"]), lambda: b"a".join([b"x", 1]), lambda: b"a".join(1), lambda: b"a".replace("a", "b"),
            lambda: b"a".replace(b"a"), lambda: b"a".translate(1), lambda: b"a".translate(b"x"),
            lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b"), lambda: b"a".translate()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
