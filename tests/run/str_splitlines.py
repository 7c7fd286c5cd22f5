# str.splitlines: every Unicode line boundary, keepends
texts = [
    "", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "\r\r\n\n", "a\x0bb\x0cc", "a\x1cb\x1dc\x1ed",
    "a\x85b\u2028c\u2029d", "a\x1fb", "line1\nline2\r\n\r\nline4", "\u2028", "x\r", "é\nü",
]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))
print("a\nb".splitlines(keepends=2), "a\nb".splitlines(0))
for bad in [lambda: "a".splitlines(1.5), lambda: "a".splitlines(x=1), lambda: "a".splitlines(1, 2),
            lambda: "a".splitlines("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
