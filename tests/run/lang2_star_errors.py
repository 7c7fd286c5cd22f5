for src in ("a, *b, *c = x", "*a = x", "*a, = [1]", "a, *b = 1, 2", "[*a] = x", "del *a", "*a",
            "x = *a", "x = *a,", "f(**a, *b)", "f(a=1, b)", "f(**a, b)", "a, b += 1", "(a, b) += 1", "[a] += x", "f() = 1",
            "1 = x", "None = 1", "a + b = c", "(yield) = 1", "a, 1 = x", "def f(a, a): pass", "def f(a=1, b): pass",
            "def f(*, **k): pass", "def f(*): pass", "lambda *: 0", "nonlocal x", "def f():\n    global x\n    x = 1\n    global x",
            "def f(x):\n    global x", "def f():\n    x = 1\n    global x", "return 1", "yield 1", "break", "continue",
            "for x in y:\n    def f():\n        break", "class C:\n    return", "async def f():\n    yield from x",
            "a = yield = 1", "x: int = 1 = 2", "f(x for x in y, 1)", "f(1, x for x in y)", "f(x for x in y)", "[x for x in *y]",
            "(*a)", "print(*(a))", "a[*b]", "def f(**k, a): pass", "f(a for a in b for b in c)", "__debug__ = 1", "f(__debug__=1)",
            "del f()", "del (a, b)", "del [a, [b]]", "del a + b", "with a as 1: pass", "for 1 in x: pass", "import a.b as c.d"):
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg, e.lineno)
