# bytes strip family, center/ljust/rjust/zfill, expandtabs, removeprefix/removesuffix
for b in [b"  abc  ", b"\t\n\x0b\x0c\rabc\r\n", b"\x1cabc\x1c", b"\xa0abc\xa0", b"", b"   "]:
    print(repr(b), b.strip(), b.lstrip(), b.rstrip(), bytearray(b).strip())
for b, chars in [(b"xxabcxx", b"x"), (b"abcba", b"ab"), (b"abc", b""), (b"  a  ", None), (b"<a>", bytearray(b"<>"))]:
    print(repr(b), repr(chars), b.strip(chars), b.lstrip(chars), b.rstrip(chars))
for b in [b"", b"a", b"abc"]:
    for w in [-1, 2, 5, 6]:
        print(repr(b), w, b.center(w), b.ljust(w, b"*"), b.rjust(w, bytearray(b"0")), bytearray(b).center(w))
for b in [b"42", b"-42", b"+1", b"", b"abc"]:
    print(repr(b), b.zfill(5), bytearray(b).zfill(1))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(4), b"ab\ncd\te".expandtabs(tabsize=2), b"\t".expandtabs(0))
print(b"prefix-x".removeprefix(b"prefix-"), b"x-suffix".removesuffix(b"-suffix"), b"abc".removeprefix(b"z"),
      bytearray(b"abc").removesuffix(b"c"))
for bad in [lambda: b"a".strip("a"), lambda: b"a".strip(b"a", 1), lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"),
            lambda: b"a".ljust(), lambda: b"a".zfill("2"), lambda: b"a".removeprefix("a"), lambda: b"a".expandtabs(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
