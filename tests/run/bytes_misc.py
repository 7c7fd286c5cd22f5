# assorted bytes behaviour: constants, types, isinstance, conversions, len, int.from_bytes-free checks
a = b"abc"
b = b"abc"
print(type(a).__name__, isinstance(a, bytes), isinstance(bytearray(), bytes), isinstance(a, bytearray))
print(a == b, a is b or a == b, bytes(a) == a, bytearray(a) == a, list(bytearray(a)) == list(a))
print(b"\x41\102\x43", b"\t\n", rb"\n", len(rb"\n"), b"a" b"b", b"")
print(str(b"x", "ascii") + "y", b"hello"[1:4].decode(), b"%d" % 5 + b"!")
print(bytes([x for x in range(65, 70)]), bytearray(range(97, 100)), bytes(bytearray(b"copy")))
print(b"abc".hex(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  pad  ".strip())
ba = bytearray(b"abc")
ba[0] = ord("z")
print(ba, ba.decode(), bytes(ba), ba == b"zbc", b"zbc" == ba)
print(bool(b""), bool(b"\x00"), not bytearray())
x = b"\xff" * 3
print(x, len(x), x.count(b"\xff"), list(x))
