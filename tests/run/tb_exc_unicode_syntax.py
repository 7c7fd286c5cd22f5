# UnicodeDecodeError / UnicodeEncodeError fields and messages; SyntaxError attributes.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
    print(repr(e))
u = UnicodeDecodeError("utf-8", b"\xc3\x28", 0, 2, "invalid continuation byte")
print(str(u))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
    print(str(e))
s = SyntaxError("msg", ("f.py", 3, 4, "bad line\n", 3, 6))
print(str(s), s.lineno, s.offset, s.text, s.end_offset)
print(str(SyntaxError("plain")), SyntaxError("plain").lineno)
