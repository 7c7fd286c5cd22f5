def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for spec in ("", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "^10.1s", "=10", "+", "-", " ", "#", "010", ",", "_", "d", "x", "z", ".0", "0"):
    t("hello", spec)
t("", "^5")
t("é€", ">6")
t("abc", "\u00e9^9")
for v in (1+2j, -1.5-0.5j, 0j, -0j, complex(0, -0.0), 1e20j, complex("nan+infj"), 3j, complex(-0.0, 2)):
    for spec in ("", "e", "f", ".2f", "g", "+.3g", ">20", "<20.2f", "^20", "E", "G", "F", "n", ".1", "z.1f", "020", "0=10", "=20", ",", "_.2f", "%", "d", "s", "#g"):
        t(v, spec)
print(format(None, ""), format(None, "^6") if False else "")
try:
    format(None, "^6")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(format(C(), "abc"), f"{C():xyz}", "{:q}".format(C()), f"{C()!s:>20}"[:10])
class D:
    def __format__(self, spec):
        return 5
try:
    format(D())
except TypeError as e:
    print(type(e).__name__, e)
