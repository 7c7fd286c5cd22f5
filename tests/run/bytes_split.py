# bytes split, rsplit, splitlines, partition, rpartition
cases = [(b"a b  c", None), (b"  a b  c  ", None), (b"", None), (b"a,b,,c,", b","), (b"", b","), (b"aXXbXXc", b"XX"),
         (b"a\x0bb\x0cc\x1cd", None), (b"a\xa0b\x85c", None), (b"aaa", b"a")]
for b, sep in cases:
    for m in (-1, 0, 1, 2):
        print(repr(b), repr(sep), m, b.split(sep, m), b.rsplit(sep, m), bytearray(b).split(sep, m))
print(b"a b".split(maxsplit=0), b"a,b".split(sep=b","), b"a b c".rsplit(None, 1))
for t in [b"", b"a\nb", b"a\r\nb\rc\n", b"a\x0bb\x0cc\x1cd\x85e", b"\n\n"]:
    print(repr(t), t.splitlines(), t.splitlines(True), bytearray(t).splitlines(keepends=True))
for b, sep in [(b"a=b=c", b"="), (b"abc", b"x"), (b"", b"x"), (b"abc", bytearray(b"b"))]:
    print(b.partition(sep), b.rpartition(sep), bytearray(b).partition(sep))
for bad in [lambda: b"a".split("a"), lambda: b"a".split(b""), lambda: b"a".split(x=1), lambda: b"a".split(maxsplit="x"),
            lambda: b"a".partition(b""), lambda: b"a".partition("a"), lambda: b"a".rpartition(), lambda: b"a".splitlines(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
