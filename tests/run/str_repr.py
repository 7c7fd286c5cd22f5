# repr() and ascii() of strings: quotes, escapes, printable Unicode
for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "\\", "\n\t\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad",
          "é", "日本", "😀", "\u200b", "\u2028", "\ud7ff", "\ue000", "\U000e0001", "\U0010ffff", "a\x00b", "\xff"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a", "b'c"]), repr(("é",)), repr({"k": "v"}))
