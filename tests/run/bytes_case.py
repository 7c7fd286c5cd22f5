# bytes case mappings and predicates (ASCII only)
samples = [b"", b"hello", b"HELLO", b"Hello World", b"hELLO wORLD", b"abc123", b"123", b" \t\n", b"\xe9t\xe9",
           b"They're", b"a_b", b"\x00", b"Hello world", b"ABC DEF", b"x\x80"]
names = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
for b in samples:
    print(repr(b), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(),
          "".join("1" if getattr(b, n)() else "0" for n in names))
    ba = bytearray(b)
    print(" ", ba.lower(), ba.upper(), ba.title(), ba.isalpha(), ba.istitle())
for bad in [lambda: b"a".upper(1), lambda: b"a".isalnum(1), lambda: bytes.lower(), lambda: bytes.upper("a"),
            lambda: bytearray.upper(b"a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
