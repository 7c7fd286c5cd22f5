# bytes.hex, bytes.fromhex, bytearray.fromhex
for b in [b"", b"\x00", b"abc", bytes(range(10)), b"\xff\xfe"]:
    print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"|", 3), b.hex(sep="_", bytes_per_sep=1), bytearray(b).hex())
for s in ["", "00", "0aFF", "01 02  03", "  ab cd  ", "dead beef"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for bad in [lambda: b"a".hex(1), lambda: b"abc".hex("::"), lambda: b"abc".hex("é"), lambda: bytes.fromhex("zz"),
            lambda: bytes.fromhex("a"), lambda: bytes.fromhex(1), lambda: bytes.fromhex(" 0 1"), lambda: bytes.fromhex(),
            lambda: bytes.fromhex(b"00"), lambda: bytes.fromhex("0g"), lambda: bytearray.fromhex("1")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"x".fromhex("41"), bytearray(b"y").fromhex("42 43"), type(bytearray.fromhex("")).__name__)
