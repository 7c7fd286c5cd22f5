# str() and repr() of builtin exceptions with various arguments.
cases = [
    ValueError(), ValueError("m"), ValueError("a", 2), ValueError(None), ValueError(""),
    KeyError(), KeyError("k"), KeyError("a", "b"), KeyError(""), KeyError(0),
    IndexError(3), StopIteration(), StopIteration(7), StopIteration(1, 2),
    SystemExit(), SystemExit(2), SystemExit("msg"), SystemExit(1, 2),
    ImportError("no module"), ImportError("a", "b"), ImportError(), ModuleNotFoundError("m", name="n"),
    NameError("n"), AttributeError("a"), BaseException(1, "x"), Exception(()), Exception([1]),
    GeneratorExit(), KeyboardInterrupt("k"), AssertionError(), ArithmeticError(1.5),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
