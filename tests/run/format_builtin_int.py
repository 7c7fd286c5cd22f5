# format(int, spec) through format() and str.format
for n in [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**70), True]:
    specs = ["", "d", "5", "<6", "^7", ">8", "=8", "+", "-", " ", "08", "+08", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
             ",", "_", "_x", "_b", ",d", "c" if 0 <= n < 0x110000 else "d", "e", ".2f", "%", "n", "#010x", "*^12,", "z"]
    out = []
    for spec in specs:
        try:
            out.append(format(n, spec))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(n), out)
print("{:,} {:_} {:+,d} {:#_b}".format(10**9, 10**9, 10**9, 255))
for spec in [".2", ".0d", "s", ",_", "_,", "=c", "+c", "#c"]:
    try:
        print(format(5, spec))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
