# str predicates over ASCII and Unicode samples
samples = [
    "", "abc", "ABC", "Abc", "abc123", "123", "½", "²", "٣", "Ⅻ", "一二三", "ab cd", " ", "\t\n\x0b\x0c\r",
    "\x1c\x1d\x1e\x1f", "\x85\xa0", "\u2028", "\u200b", "\u3000", "é", "ǅ", "Hello World", "Hello world",
    "HELLO", "hello", "hello1", "1hello", "_", "a\x00b", "\x7f", "\xad", "abc\u0301", "৩", "𝟘", "⑴", "零",
    "ªº", "ʰ", "Ⅰ", "ⅰ", "Ⓐ", "ⓐ", "☃", "😀", "\U000e0001", "\ue000", " x", "x\n", "ABC DEF", "A1 B2",
    "ﬁ", "ǈ", "Σ", "σς", "ᾼ", "ᾳ", "ǅa", "aǅ", "They're", "Don'T", "0x1F", "١٢٣", "12.5", "-1",
]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "0" for n in names)
    print(ascii(s), flags)
for n in names:
    print(n, [ascii(s) for s in samples if getattr(s, n)()])
