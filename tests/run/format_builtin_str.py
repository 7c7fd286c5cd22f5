# format(str, spec): fill, align, width, precision, type s
for s in ["", "abc", "héllo", "日本"]:
    for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "é>4", "0>4", ".2", "10.3", "<.1", "^10.0s", "=^9", "{<3"]:
        print(repr(s), repr(spec), repr(format(s, spec)), repr(s.__format__(spec)))
for spec in ["d", "x", "=5", "+5", " 5", "#5", ",", "_", "05", "z5", "5.2f", ".-1", "<<5", "1000000000000000000000"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
try:
    format("a", 1)
except TypeError as e:
    print(e)
