# An uncaught BaseExceptionGroup with SystemExit inside, and a bare
# exception caught by except* that escapes wrapped.
def f():
    try:
        raise ValueError("bare")
    except* ValueError:
        raise

try:
    f()
except ExceptionGroup as e:
    print("wrapped:", repr(e))
raise BaseExceptionGroup("base", [SystemExit(3), ValueError("v")])
