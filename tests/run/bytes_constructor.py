# bytes() and bytearray() constructors
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(5)), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("x", encoding="utf8"))
print(bytes("a€", "ascii", "replace"), bytes(source="ab", encoding="ascii", errors="strict"), bytes(True), bytes(iter([7, 8])))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"xy"), bytearray("é", "utf-8"), bytearray(bytearray(b"z")))
class B:
    def __bytes__(self):
        return b"from __bytes__"
class I:
    def __index__(self):
        return 3
print(bytes(B()), bytes([I()]), bytes(I()))
g = (x * 2 for x in range(4))
print(bytes(g), bytearray(x for x in b"abc"))
for bad in [lambda: bytes(-1), lambda: bytes("a"), lambda: bytes(1.5), lambda: bytearray(1.5), lambda: bytes([256]),
            lambda: bytearray([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(b"a", "utf-8"),
            lambda: bytes(1, "utf-8"), lambda: bytes(errors="x"), lambda: bytes("a", errors="x"),
            lambda: bytes(encoding="x"), lambda: bytes("a", 1), lambda: bytes(x=1), lambda: bytes(1, 2, 3, 4),
            lambda: bytes("é", "ascii"), lambda: bytes("a", "nope"), lambda: bytearray("a"), lambda: bytes(None),
            lambda: bytes([1.0]), lambda: bytearray(-5), lambda: bytes(2**100)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
