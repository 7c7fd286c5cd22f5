# format(float, spec)
for x in [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e16, 1.5e-7, 123456.789, float("inf"), float("-inf"), float("nan"), 2.5, 0.125]:
    specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "10.3f", "<10.2f", "^10", "=+10.2f",
             "010.2f", ",.2f", "_.1f", "+", " ", "#.0f", "#g", "z.1f", "n", ".15g", ".17g", "r" if False else "F"]
    out = []
    for spec in specs:
        try:
            out.append(format(x, spec))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(x), out)
for spec in ["d", "x", "c", ",d", "s"]:
    try:
        print(format(1.5, spec))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
