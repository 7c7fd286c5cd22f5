for s in ["12", " 12 ", "-7", "+0", "0012", "\t\n42\x0b", "1_000", "123456789012345678", "1234567890123456789", "99999999999999999999", "", " ", "+", "-", "١٢", "\x1c5", "12a", "0x10", " -0 "]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int(5), int(True), type(int(True)), int(-3), int(2**70))
