print(abs(-5), abs(True), abs(-2**62), abs(-2**63), abs(-2**70), abs(False), chr(65), chr(233), chr(0x10FFFF) == "\U0010ffff", chr(True))
for bad in (-1, 0x110000, 2**31, 2**100, "a", 1.5):
    try: chr(bad)
    except Exception as e: print(type(e).__name__, e)
