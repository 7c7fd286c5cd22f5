# str case mappings: lower, upper, casefold, swapcase, title, capitalize
samples = [
    "", "hello", "HELLO", "Hello World", "hELLO wORLD", "straße", "STRASSE", "ǆemal ǅ Ǆ",
    "ﬁne ﬂow", "İstanbul", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "ß", "ŉ", "ǰ", "ΐ", "Ⅷ ⅷ", "ⓐⓑ ⒶⒷ",
    "they're bill's friends", "1st 2nd 3rd", "a_b-c.d", "ǈubljana", "ﬀ", "Ａｂｃ", "𐐀𐐨",
    "hello\tworld\nagain", "ΑΣ.", "ΑΣ'Σ", "Σ", "aΣ", "Σa", "AΣ\u0301", "mAcDonald", "ǳ ǲ Ǳ",
]
for s in samples:
    print(repr(s))
    print("  lower", repr(s.lower()))
    print("  upper", repr(s.upper()))
    print("  casefold", repr(s.casefold()))
    print("  swapcase", repr(s.swapcase()))
    print("  title", repr(s.title()))
    print("  capitalize", repr(s.capitalize()))
print(len("ß".upper()), len("İ".lower()), "ß".casefold() == "SS".casefold())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
