# A starred element as a call's generator expression: CPython's
# invalid_comprehension ("iterable unpacking cannot be used in
# comprehension"), tried before the call's own argument rules.
cases = [
    "print(*a for a in x)",
    "f(*a for a in x)",
    "f(*a.b for a in x)",
    "f(*a for a in x if a)",
    "f(*a async for a in x)",
    "f(*a for a in x, b)",
    "f(*a for a in x)(",
    "f(*a for a in x for b in a)",
    "f(*(a, b) for a in x)",
    "obj.method(*a for a in x)",
    "f(x)(*a for a in y)",
    "f(x, *a for a in x)",
    "f(a, *b for b in x)",
    "f(**a for a in x)",
    "f(*a, for a in x)",
    "f(*a for)",
    "f(*a for a in)",
    "class C(*a for a in x): pass",
    "[*a for a in x]",
    "{*a for a in x}",
    "(*a for a in x)",
    "f(*a for a in x)\nf(",
    "def g():\n    return h(*a for a in x)\n",
    "f(*a)",
    "f(*a for a in x) if y else z",
    "f(*a for a in x if)",
    "f(*a for 1 in x)",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

more = [
    "f(a=1, *b for b in x)",
    "f(x, *a for a in x if a)",
    "f(x, *a for a in x, y)",
    "f(x, y, *a for a in x)",
    "[x for x in y if]",
    "(x for x in y if)",
    "{x for x in y if}",
    "{k: v for k, v in y if}",
    "f(x for x in y if)",
    "[x for x in y if a if]",
    "[x for x in y if if]",
    "[x for x in y if else]",
]
for src in more:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# A call's sole generator argument followed by something other than ')':
# only a ',' makes it "Generator expression must be parenthesized".
for src in ["f(x for x in y z)", "f(x for x in y, z)", "f(x for x in y,)", "f(x for x in y;)",
            "f(x for x in y if a z)", "f(x for x in y for)", "f(a, x for x in y z)"]:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
