# Members: StopIteration.value, SystemExit.code, ImportError.msg/name/path,
# NameError.name, AttributeError.name/obj, and keyword arguments.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
e = ImportError("m", name="n", path="p")
print(e.msg, e.name, e.path, e.args, str(e))
e.msg = "replaced"
print(str(e), e.args)
print(ImportError("a", "b").msg, str(ImportError("a", "b")))
n = NameError("x", name="abc")
print(n.name, n.args)
a = AttributeError("m", name="n", obj=5)
print(a.name, a.obj, a.args)
s = StopIteration(5)
s.value = 6
print(s.value, s.args)
x = SystemExit(5)
x.code = 6
print(x.code, x.args)
for call in (lambda: NameError("x", foo=1), lambda: AttributeError("x", name="a", foo=1),
             lambda: ImportError("a", bar=1), lambda: ValueError(x=1), lambda: KeyError(a=1)):
    try:
        call()
    except TypeError as err:
        print(err)
class Mine(ValueError):
    pass
try:
    Mine(x=1)
except TypeError as err:
    print(err)
class WithInit(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
w = WithInit(1, b=3)
print(w.args, w.b)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(stop.value, stop.args)
