# except* errors: invalid types at run time, and the compile-time rules.

def attempt(label, ty, exc=None):
    try:
        try:
            raise exc if exc is not None else ValueError(1)
        except* ty:
            print(label, "handled")
    except TypeError as e:
        print(label, "-> TypeError:", e, "| context:", repr(e.__context__))
    except BaseException as e:
        print(label, "-> escaped", repr(e))

attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with group", (ValueError, ExceptionGroup))
attempt("subclass of group", type("MyEG", (ExceptionGroup,), {}))
attempt("int", int)
attempt("instance", ValueError())
attempt("tuple with str", (ValueError, "x"))
attempt("string", "ValueError")
attempt("nested tuple", ((ValueError,),))
attempt("valid tuple", (KeyError, ValueError))
attempt("group subject", ValueError, ExceptionGroup("g", [ValueError(1)]))

# A type error in a later clause, after an earlier clause ran.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause ran")
    except* 42:
        print("never")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

# The type expression is evaluated only when reached.
def ty(name, result):
    print("  evaluating", name)
    return result
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ty("first", ValueError):
    pass
except* ty("second", TypeError):
    pass

# Compile-time errors.
sources = {
    "break": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "return in finally inside": "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n",
    "break in inner loop is fine": "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n",
    "return in nested def is fine": "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
    "bare except*": "try:\n    pass\nexcept*:\n    pass\n",
    "mixed": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<src>", "exec")
        print(label, "-> compiles")
    except SyntaxError as e:
        print(label, "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
