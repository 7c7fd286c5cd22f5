print("%s|%d|%i|%x|%%|%s|%s" % ("a", 5, -7, -255, 1.5, 10**20))
print("%s" % True, "%d" % True, "%x" % False, "%s" % None, "%s" % 3, "%s" % 2.5, "%d" % 3.9)
print("%s-%s" % ("é", "ü"), "héllo %s wörld" % "x", "%s%%" % 50)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%", 1), ("%é", 1), ("%y", 1), ("%x", 1.5)]:
    try:
        print(repr(bad[0] % bad[1]))
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%(a)s" % {"a": 1}, "%s" % {"a": 1})
print("%5s|%-3d|%03x|%.2s" % ("ab", 4, 10, "xyz"))
class S(str):
    def __str__(self): return "sub"
print("%s" % S("base"), "%s" % (S("b2"),))
print("%x %x" % (2**62, -2**62), "%d" % (2**62,), "%s" % (-(2**62),))
