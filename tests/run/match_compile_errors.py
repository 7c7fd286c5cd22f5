# The compile-time errors of match statements, with CPython's positions.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case C(a, b=a):\n        pass\n",
    "match x:\n    case (a as b) as a:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a] | (b):\n        pass\n",
    "match x:\n    case a | [b]:\n        pass\n",
    "match x:\n    case (a | b) | c:\n        pass\n",
    "match x:\n    case [a, (a | a)]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {'a': a, 'a': b}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case {-0: a, 0: b}:\n        pass\n",
    "match x:\n    case {f'x': a}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case C(x=1, x=2):\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case [__debug__]:\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    "match x:\n    case y:\n        pass\n",
    "match x:\n    case (y):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case 1 | y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case y | 1:\n        pass\n",
    "match x:\n    case _ | _:\n        pass\n",
    "match x:\n    case -1j:\n        pass\n",
    "match x:\n    case 1 + 2j | -3 - 4j:\n        pass\n",
    "match x:\n    case a.b():\n        pass\n",
    "match x:\n    case a.b(c) as d:\n        pass\n",
    "def f():\n    match x:\n        case {**rest} if rest:\n            return rest\n",
]
for src in sources:
    first_case = src.split("\n")[1].strip()
    try:
        compile(src, "<match>", "exec")
        print(f"{first_case!r}: compiles")
    except SyntaxError as e:
        print(f"{first_case!r}: {e.msg} at {(e.lineno, e.offset, e.end_lineno, e.end_offset)}")
