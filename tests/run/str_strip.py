# str.strip, lstrip, rstrip
for s in ["  abc  ", "\t\n abc \r\x0b\x0c", "\u3000abc\u2028", "\x1c\x1dx\x1e\x1f", "abc", "", "   ", "\u200babc\u200b", "\xa0a\xa0"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
for s, chars in [("xxabcxx", "x"), ("abcba", "ab"), ("www.example.com", "cmowz."), ("ééaéé", "é"), ("abc", ""),
                 ("  abc  ", None), ("aaa", "a"), ("<<a>>", "<>")]:
    print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
s = "abc"
print(s.strip() is s, s.lstrip("x") is s)
for bad in [lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip("a", "b"), lambda: "a".strip(chars="a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
