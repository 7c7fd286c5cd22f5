def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

vals = (0.0, -0.0, 1.5, -2.5, 3.14159265, 1e16, 1.234e-7, 123456.789, -0.0001, float("inf"), float("-inf"), float("nan"), 1e300, 0.5, 2.675)
specs = ("", "e", "E", "f", "F", "g", "G", "%", "n", ".0f", ".1f", ".10f", ".0e", ".3E", ".0g", ".1g", ".12g",
         "#g", "#.0f", "#.0e", "#", "+", " ", "-", "z", "z.1f", "+z.2f", "10", "<10", ">12.3f", "^12.3e",
         "*^15.2f", "012.2f", "0=12.2f", "+012.3f", "+012.3", ",", "_", ",.2f", "_.3f", "20,.2f", "020,.2f",
         ".2%", ".0%", "r" , "d", "x", ".3", ".3n", "#.3", "015", "z.0f", "-015.1e")
for v in vals:
    for spec in specs:
        t(v, spec)
print(format(1e22, ""), format(1e16, ""), format(1.0, ""), format(12345678901234567.0, ""))
print(format(0.1 + 0.2, ".17g"), format(1/3, ".50f"))
print(format(-0.00001, "z.2f"), format(-0.0, "z"), format(-0.0, "zg"), format(-1e-10, "z.3e"))
print(format(1.5, ",.2e"), format(1234567.5, ",g"), format(1234567.5, "_.10g"))
