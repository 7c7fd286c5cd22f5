vals = [0, 1, -1, 7, -7, 255, -255, 1000, 123456789, -123456789, 2**40, -(2**40), 2**62, -(2**62), 2**63, 2**100, True, False]
specs = ["", "d", "03d", "+d", " d", "-d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", ">10", "<10", "^10", "=10", "*^12", "010", "+010x", ",", "_", "_x", "_b", ",d", "n", "c", "e", ".2f", "%", "g", "10.3", "z", "#", "#10x", "0=8", ","]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(f"{type(e).__name__}:{e}")
    print(v, out)
print(f"{5:03d}|{-5:+05d}|{255:#06x}|{1234567:,}|{1234567:_}|{97:c}")
