# bytes.decode: utf-8 error positions and reasons, ascii, latin-1, error handlers
for b in [b"", b"abc", b"h\xc3\xa9llo", b"\xe6\x97\xa5\xe6\x9c\xac", b"\xf0\x9f\x98\x80"]:
    print(b.decode(), b.decode("utf-8"), b.decode(encoding="utf8"), bytearray(b).decode())
bad_utf8 = [b"\xff", b"\x80", b"a\xc3", b"a\xe2\x82", b"\xe2\x82x", b"\xe2x", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
            b"\xf0\x9f\x98", b"ok\xfe\xffok", b"\xc3\xa9\xff", b"\xf8\x88\x80\x80\x80", b"\xe0\x80\x80", b"\xf0\x80\x80\x80"]
for b in bad_utf8:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(repr(b), "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason)
    for errors in ["replace", "ignore", "backslashreplace"]:
        print("  ", errors, repr(b.decode("utf-8", errors)))
for b in [b"abc", b"a\x80b\xffc", b"\xe9"]:
    print(repr(b.decode("latin-1")), repr(b.decode("ascii", "replace")), repr(b.decode("ascii", "ignore")),
          repr(b.decode("ascii", "backslashreplace")))
try:
    b"ab\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e, e.args)
for bad in [lambda: b"a".decode(1), lambda: b"a".decode(x=1), lambda: b"a".decode("nope"), lambda: b"\xff".decode("utf-8", "nope"),
            lambda: b"a".decode("utf-8", "nope"), lambda: b"a".decode("a", "b", "c"), lambda: b"a".decode(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
