for s in ["  abc  ", "\t\n x \x0b\x0c\r", "\x1c\x1dy\x1e\x1f", "", "   ", "\u3000 a \u3000", " é ", "é", " \x85a\x85 ", "a\u2028", "\xa0 b", "plain"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip() is s)
