srcs = ["__debug__ = 1", "x = __debug__ = 1", "def f():\n    __debug__ = 1", "__debug__ += 1", "for __debug__ in x: pass",
        "a.__debug__ = 1", "import __debug__", "(__debug__ := 1)", "del __debug__", "__debug__: int = 1", "__debug__: int",
        "with a as __debug__: pass", "[__debug__ for __debug__ in x]", "def __debug__(): pass", "class __debug__: pass",
        "del x, (__debug__)", "\n\ndef __debug__():\n    pass", "f(__debug__=1)", "def f(__debug__): pass", "lambda __debug__: 0",
        "x = __debug__", "print(__debug__)", "import x as __debug__", "from x import __debug__", "try:\n    pass\nexcept E as __debug__:\n    pass",
        "a, *__debug__ = x", "class C:\n    __debug__ = 1", "def g():\n    def __debug__(): pass"]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg, e.lineno)
print(__debug__)
class M:
    pass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class MM:
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __matmul__(self, o): return ("matmul", o)
t(lambda: 3 @ 4)
t(lambda: 3 @ MM())
t(lambda: MM() @ 3)
t(lambda: 2**70 @ 1)
t(lambda: 1.5 @ 1)
t(lambda: True @ False)
x = 5
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
