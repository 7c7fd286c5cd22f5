# repr of bytes and bytearray: quote choice, escapes
for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\n\t\r", b"\x00\x07\x1b\x7f",
          b"\x80\xff", bytes(range(0, 256, 17)), b"a\x00b", b"'", b'"']:
    print(repr(b), repr(bytearray(b)), str(b), len(repr(b)))
print(repr([b"x", bytearray(b"y")]), repr((b"",)), ascii(b"\xe9"))
print(b"abc", bytearray(b"q'\""))
