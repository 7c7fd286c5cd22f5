def t(s, *a, **k):
    try:
        print(repr(s.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class O:
    attr = "A"
    lst = [10, 20]
    def __init__(self): self.x = 5

o = O()
t("{0} {1} {0}", "a", "b")
t("{} {}", 1, 2)
t("{} {1}", 1, 2)
t("{0} {}", 1, 2)
t("{2}", 1, 2)
t("{}", )
t("{x}", y=1)
t("{0[0]} {0[1]}", [5, 6])
t("{0[a]} {0[key]}", {"a": 1, "key": 2})
t("{d[0]}", d={0: "int-key", "0": "str-key"})
t("{0.attr} {0.x} {0.lst[1]}", o)
t("{o.missing}", o=o)
t("{0[5]}", [1])
t("{0[x]}", [1])
t("{0.}", o)
t("{0[}", o)
t("{0[0]x}", [1])
t("{!r}", "s")
t("{0!r:>10}", "s")
t("{0!x}", "s")
t("{:{}{}}", 3.14159, ">", 10)
t("{:{w}.{p}f}", 3.14159, w=10, p=2)
t("{0:{1}}", 5, "{}")
t("{a:{b:{c}}}", a=1, b=2, c=3)
t("{{}} {{{0}}}", 7)
t("{", )
t("}", )
t("{0}}", 1)
t("{:>10}", "x")
t("{:d}", "x")
t("{:s}", 5)
t("{0:=^10}", "mid")
t("{0.__class__.__name__}", 1)
t("{0[-1]}", [1, 2])
t("{0[ 1 ]}", {" 1 ": "spaced"})
t("{ 0 }", 1)
t("{0!s:^7}|{1!a}", "é", "é")
t("{foo-bar}", **{"foo-bar": 9})
print("{:,}".format(10**10), "{:_b}".format(255), "{:%}".format(0.5))
print("{0}{1}".format_map if False else "", "{a}-{b}".format_map({"a": 1, "b": 2}))
class M(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {zz}".format_map(M(a=1)))
t("{0:{1}}", 1)
t("{:x<{}}", "ab", 6)
t("{0:}", 1)
t("{:}", "q")
