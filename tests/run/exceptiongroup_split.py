# split(), subgroup() and derive(): matchers, nesting, metadata copied to
# the parts, derive overridden by subclasses.

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

eg = ExceptionGroup("msg", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError(3)])])

t("split ValueError", lambda: eg.split(ValueError))
t("split TypeError", lambda: eg.split(TypeError))
t("split tuple", lambda: eg.split((KeyError, TypeError)))
t("split LookupError", lambda: eg.split(LookupError))
t("split Exception", lambda: eg.split(Exception))
t("split ExceptionGroup", lambda: eg.split(ExceptionGroup))
t("split nothing", lambda: eg.split(OSError))
t("split predicate", lambda: eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
t("split predicate on groups", lambda: eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
t("subgroup ValueError", lambda: eg.subgroup(ValueError))
t("subgroup nothing", lambda: eg.subgroup(OSError))
t("subgroup predicate", lambda: eg.subgroup(lambda e: not isinstance(e, ValueError)))

print(eg.split(Exception)[0] is eg, eg.subgroup(Exception) is eg, eg.subgroup(BaseExceptionGroup) is eg)
m, r = eg.split(KeyError)
print(m.exceptions[0].exceptions[0] is eg.exceptions[2].exceptions[1])

# Bad matchers.
t("split int", lambda: eg.split(1))
t("split tuple with int", lambda: eg.split((ValueError, 1)))
t("split list", lambda: eg.split([ValueError]))
t("split builtin function", lambda: eg.split(len))
t("split non-exception class", lambda: eg.split(int))
t("split no args", lambda: eg.split())
t("subgroup two args", lambda: eg.subgroup(ValueError, 2))
t("split keyword", lambda: eg.split(matcher=ValueError))

# A predicate that raises, or returns a non-bool.
def boom(e):
    raise RuntimeError("predicate failed")
t("raising predicate", lambda: eg.split(boom))
t("truthy predicate", lambda: eg.split(lambda e: [1] if isinstance(e, TypeError) else []))

calls = []
def record(e):
    calls.append(type(e).__name__)
    return False
eg.split(record)
print("predicate saw:", calls)

# derive.
t("derive", lambda: eg.derive([KeyError(9)]))
t("derive base", lambda: eg.derive([KeyboardInterrupt()]))
t("derive empty", lambda: eg.derive([]))
t("derive no args", lambda: eg.derive())

# The parts keep __cause__, __context__ and set __suppress_context__.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("with context", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    g = caught
print(repr(g.__cause__), repr(g.__context__), g.__suppress_context__)
match_, rest = g.split(ValueError)
for part in (match_, rest):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__)

# Subclasses: derive decides the type of the parts.
class MyEG(ExceptionGroup):
    pass
m = MyEG("mine", [ValueError(1), KeyError(2)])
print([type(p).__name__ for p in m.split(ValueError)])

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)
d = Derived("d", [ValueError(1), Derived("nested", [KeyError(2), ValueError(3)])])
print(repr(d.split(ValueError)))
print(repr(d.subgroup(KeyError)))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
b = BadDerive("b", [ValueError(1), KeyError(2)])
t("bad derive", lambda: b.split(ValueError))
t("bad derive full match", lambda: b.split(Exception))

# Base exception groups split into base and non-base parts.
bg = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt(), SystemExit(3)])
t("base split", lambda: bg.split(Exception))
t("base split BaseException", lambda: bg.split((KeyboardInterrupt, SystemExit)))

# Deep nesting.
deep = ValueError("leaf")
for i in range(30):
    deep = ExceptionGroup(f"level{i}", [deep, KeyError(i)])
m, r = deep.split(ValueError)
depth = 0
while isinstance(m, ExceptionGroup):
    m = m.exceptions[0]
    depth += 1
print("matched leaf depth", depth, repr(m))
print(len(r.exceptions), r.message)
t("derive two args", lambda: eg.derive([], 1))
t("derive keyword", lambda: eg.derive(excs=[]))
