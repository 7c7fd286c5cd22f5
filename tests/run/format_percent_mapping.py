def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# %-formatting with mappings and custom objects
d = {"name": "Bo", "n": 3, "x": 2.5, "(p)": "paren"}
t(lambda: "%(name)s has %(n)d items costing %(x).2f" % d)
t(lambda: "%(name)r %(name)5s|%(name)-5s|" % d)
t(lambda: "%((p))s" % d)
t(lambda: "%(missing)s" % d)
t(lambda: "%(name)s %s" % d)
t(lambda: "%(name)s %%" % d)
t(lambda: "%(name" % d)
t(lambda: "plain" % d)
t(lambda: "%s" % d)
class M:
    def __getitem__(self, k):
        return k.upper()
t(lambda: "%(abc)s %(x)s" % M())
t(lambda: "%s" % M() != "")
class Num:
    def __int__(self):
        return 7
    def __index__(self):
        return 9
    def __float__(self):
        return 1.25
t(lambda: "%d %x %f %c" % (Num(), Num(), Num(), Num()))
class S:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
t(lambda: "%s %r %a" % (S(), S(), S()))
t(lambda: "%s" % (S(),))
t(lambda: "%s %s" % ("a", ["b", "c"]))
t(lambda: "%s" % (("x", "y"),))
t(lambda: "%d" % "3")
t(lambda: "%f" % "3")
t(lambda: "%c" % 0x110000)
t(lambda: "%c" % "")
t(lambda: "%.3c" % "a")
