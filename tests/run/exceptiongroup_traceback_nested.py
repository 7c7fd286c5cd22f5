# Nested groups, chained exceptions inside groups, a group as a context.
def inner():
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise ExceptionGroup("inner", [ValueError(1), RuntimeError("from handler")]) from e

def outer():
    try:
        inner()
    except ExceptionGroup as eg:
        try:
            raise OSError("cleanup failed")
        except OSError as o:
            raise ExceptionGroup("outer", [eg, o, ExceptionGroup("empty-ish", [ZeroDivisionError()])])

try:
    outer()
except ExceptionGroup as top:
    raise RuntimeError("wrapped")
