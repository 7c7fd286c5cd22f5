srcs = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(a):\n    global a",
    "def f(a):\n    nonlocal a",
    "def f():\n    nonlocal x",
    "nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    class C:\n        nonlocal x",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2",
    "[x for x in range(3) if (lambda: (y := 1))()]",
    "def f():\n    yield = 1",
    "def f():\n    await x",
    "lambda: (yield)",
    "class C:\n    def f(self):\n        __class__ = 1\n        return __class__",
    "def f():\n    del x\n    global x",
    "def f():\n    for x in y: pass\n    global x",
    "def f():\n    import x\n    global x",
    "global x\nx = 1",
    "x = 1\nglobal x",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print("SyntaxError", repr(s), e.msg, e.lineno)
def f():
    x = 0
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
            x += 10
        h()
    g(); g()
    return x
print(f())
def f2():
    global newglobal
    newglobal = "made"
f2()
print(newglobal)
def f3():
    lst = []
    for i in range(3):
        lst.append(lambda: i)
    i = 99
    return [g() for g in lst]
print(f3())
def f4():
    def a(): return b()
    def b(): return "b"
    return a()
print(f4())
def f5():
    v = "outer"
    def g():
        return v
    v = "changed"
    return g()
print(f5())
def f6():
    class C:
        def m(self):
            return __class__
    return C().m() is C
print(f6())
