# str() of ints and lower()/upper() of ASCII strs take allocation-free
# paths; their results must be the same as the general ones.
for i in (0, 1, -1, 9, 10, -10, 99, 100, 12345, -98765, 2**31, -(2**31), 2**62 - 1, -(2**62),
          2**63 - 1, -(2**63), 2**64, -(2**64) - 1, 12345678901234567890):
    s = str(i)
    print(s, len(s), repr(i), s == f"{i}", int(s) == i, hash(s) == hash(f"{i}"))
print(str(True), str(False), repr(True), f"{True}", str(1 == 1))
words = ["", "a", "Z", "MiXeD cAsE 123", "already lower", "ALREADY UPPER", "ÀbÇ", "straße", "ǅ", "İ", "tab\tand\nnewline", "@[`{"]
for w in words:
    lo, up = w.lower(), w.upper()
    print(repr(lo), repr(up), len(lo), len(up), lo == w.casefold() or w.casefold(), type(lo).__name__)
    print(lo.upper() == up, up.lower() == lo, hash(lo) == hash(lo[:]))
class S(str):
    pass
s = S("AbC")
print(s.lower(), s.upper(), type(s.lower()).__name__, type(s.upper()).__name__)
try:
    "x".lower(1)
except TypeError as e:
    print("TypeError", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
d = {}
for i in range(-3, 300, 7):
    d[str(i)] = i
print(len(d), d["-3"], d["291"], sorted(d)[:5])
