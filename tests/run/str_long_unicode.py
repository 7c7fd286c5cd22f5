# long non-ASCII strings: indexing, slicing, search, split and hashing stay consistent
s = "".join(chr(0x3b1 + i % 25) + chr(0x61 + i % 26) for i in range(500))
print(len(s), s[0], s[1], s[999], s[-1], s[500:510], s[::97], s[-3::-250])
print(s.find("ωz"), s.rfind("αa"), s.count("β"), s.index("γc", 100), s[48:52])
parts = s.split("κ")
print(len(parts), parts[1], "κ".join(parts) == s)
print(s.upper()[:10], s.title()[:10], s.casefold()[-6:], s.swapcase()[:6])
print(hash(s) == hash("".join(list(s))), s == s[:] , s[:500] + s[500:] == s)
mixed = "a😀b" * 100
print(len(mixed), mixed[3:7], mixed[-2:], mixed.count("😀"), mixed.find("b😀", 50), mixed.rfind("a😀"), mixed[::150])
