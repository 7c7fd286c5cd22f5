def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# format() and str.format with objects: default __format__, custom __format__, errors
class Plain:
    def __str__(self):
        return "plain-str"
class Fmt:
    def __format__(self, spec):
        return "fmt(" + spec + ")"
class BadFmt:
    def __format__(self, spec):
        return 42
t(lambda: format(Plain()))
t(lambda: format(Plain(), ""))
t(lambda: "{}".format(Plain()))
t(lambda: "{:>10}".format(Plain()))
t(lambda: format(Plain(), "x"))
t(lambda: format(Fmt(), "abc"))
t(lambda: "{0:spec}{0}".format(Fmt()))
t(lambda: f"{Fmt():inner}")
t(lambda: format([1, 2]))
t(lambda: format([1, 2], "10"))
t(lambda: format(None))
t(lambda: format(None, ">5"))
t(lambda: format((1,), ""))
t(lambda: format(BadFmt(), ""))
t(lambda: format(1, None))
t(lambda: format())
t(lambda: format(1, "", 2))
t(lambda: "{}".format(BadFmt()))
t(lambda: "{!r:>12}".format(Plain())[-1])
t(lambda: "{!s:>12}".format(Plain()))
