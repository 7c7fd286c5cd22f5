# BaseExceptionGroup / ExceptionGroup: construction, checks, attributes,
# str and repr, the class hierarchy.

def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

t("kwargs", lambda: ExceptionGroup("a", [ValueError()], x=1))
t("one arg", lambda: ExceptionGroup("a"))
t("no args", lambda: ExceptionGroup())
t("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
t("int message", lambda: ExceptionGroup(1, [ValueError()]))
t("bytes message", lambda: BaseExceptionGroup(b"m", [ValueError()]))
t("int excs", lambda: ExceptionGroup("a", 5))
t("set excs", lambda: ExceptionGroup("a", {ValueError()}))
t("dict excs", lambda: ExceptionGroup("a", {1: ValueError()}))
t("empty", lambda: ExceptionGroup("a", []))
t("empty tuple", lambda: BaseExceptionGroup("a", ()))
t("not exc", lambda: ExceptionGroup("a", [1]))
t("second not exc", lambda: ExceptionGroup("a", [ValueError(), None]))
t("class not instance", lambda: ExceptionGroup("a", [ValueError]))
t("str excs", lambda: ExceptionGroup("a", "ab"))
t("range excs", lambda: ExceptionGroup("a", range(1)))
t("base in EG", lambda: ExceptionGroup("a", [ValueError(), KeyboardInterrupt()]))
t("base in BEG", lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
t("BEG becomes EG", lambda: BaseExceptionGroup("a", [ValueError(1)]))
t("tuple excs", lambda: BaseExceptionGroup("a", (ValueError(1), TypeError(2))))
t("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), KeyError("k")]))
t("nested base", lambda: BaseExceptionGroup("outer", [BaseExceptionGroup("inner", [SystemExit(2)])]))
t("generator excs", lambda: ExceptionGroup("a", (e for e in [ValueError()])))

eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(str(eg))
print(repr(eg))
print(eg.args)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError()])) + "|")

# args can change; message and exceptions cannot.
e = ExceptionGroup("x", [ValueError(1)])
e.args = ("changed",)
print(e.message, e.args, str(e), repr(e))
for attr in ("message", "exceptions"):
    try:
        setattr(e, attr, "n")
    except AttributeError as err:
        print("AttributeError", err)

# The hierarchy.
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), isinstance(eg, ExceptionGroup))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception), isinstance(beg, ExceptionGroup))

# Catching a group with a plain except.
try:
    raise ExceptionGroup("caught", [ValueError(1)])
except Exception as err:
    print("caught as Exception:", repr(err))
try:
    raise BaseExceptionGroup("caught", [SystemExit(1)])
except Exception:
    print("wrong")
except BaseException as err:
    print("caught as BaseException:", repr(err))

# Subclasses.
class MyEG(ExceptionGroup):
    pass
m = MyEG("mine", [ValueError(1), KeyError(2)])
print(repr(m), str(m), type(m).__mro__[1].__name__)
t("subclass with base exc", lambda: MyEG("m", [KeyboardInterrupt()]))

class MyBEG(BaseExceptionGroup):
    pass
t("base subclass keeps its type", lambda: MyBEG("m", [ValueError()]))
t("base subclass with base exc", lambda: MyBEG("m", [KeyboardInterrupt()]))

class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
w = WithInit("w", [ValueError()], 42)
print(repr(w), w.extra, w.args)

# __new__ directly.
t("__new__", lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "a", [ValueError()]))

# Exceptions inside keep their identity.
inner = ValueError("same")
g = ExceptionGroup("g", [inner])
print(g.exceptions[0] is inner)
