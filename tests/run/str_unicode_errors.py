# UnicodeEncodeError / UnicodeDecodeError objects: args, attributes, str, repr, hierarchy
try:
    "a€b€€c".encode("ascii")
except UnicodeEncodeError as e:
    print(e.args, e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(str(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), type(e).__mro__[1].__name__)
try:
    "😀".encode("latin-1")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    b"ok\xc3(".decode("utf-8")
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    bytearray(b"\x80abc").decode()
except UnicodeDecodeError as e:
    print(e, repr(e.object))
for enc in ["ascii", "latin-1", "utf-8"]:
    for s in ["\x7f", "\x80", "\xff", "\u0100", "\uffff", "\U00010000"]:
        try:
            print(enc, ascii(s), s.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, ascii(s), e)
