# str.encode: codecs, aliases, error handlers
texts = ["", "abc", "héllo", "日本", "a€b", "😀", "\x7f\x80\xff"]
for t in texts:
    print(repr(t), t.encode(), t.encode("utf-8"), t.encode("UTF8"), t.encode(encoding="u8"))
for enc in ["ascii", "latin-1", "latin1", "iso-8859-1", "ISO_8859_1", "us-ascii", "L1", " Latin_1 ", "utf_8"]:
    for t in texts:
        for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            print(enc, repr(t), errors, t.encode(enc, errors))
for t, enc in [("é", "ascii"), ("ab€€c", "ascii"), ("€", "latin-1"), ("a😀", "latin1"), ("x€y€", "ascii")]:
    try:
        t.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
for bad in [lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode(encodng="x"), lambda: "a".encode("nope"),
            lambda: "é".encode("ascii", "nope"), lambda: "a".encode("ascii", "nope"), lambda: "a".encode("a", "b", "c"),
            lambda: "a".encode("utf-8", encoding="x"), lambda: "a".encode(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
