# try/except*: which handlers run with which parts, what is re-raised.

def run(label, exc, body=None):
    print("--", label)
    try:
        try:
            if body:
                body()
            raise exc
        except* ValueError as e:
            print("  ValueError handler:", repr(e))
        except* TypeError as e:
            print("  TypeError handler:", repr(e))
        except* (KeyError, IndexError) as e:
            print("  Lookup handler:", repr(e))
    except BaseException as outer:
        print("  escaped:", repr(outer))
    else:
        print("  nothing escaped")

run("bare ValueError", ValueError(1))
run("bare KeyError", KeyError(2))
run("bare OSError", OSError(3))
run("group of all", ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3), IndexError(4)]))
run("group with rest", ExceptionGroup("some", [ValueError(1), OSError(2), ZeroDivisionError(3)]))
run("only unmatched", ExceptionGroup("none", [OSError(1)]))
run("nested groups", ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), TypeError(3)]))
run("base group", BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()]))

# A handler runs at most once, with everything it matches.
try:
    raise ExceptionGroup("many", [ValueError(1), ValueError(2), TypeError(3), ValueError(4)])
except* ValueError as e:
    print("values:", e.exceptions)
except* TypeError as e:
    print("types:", e.exceptions)

# An earlier clause takes what later ones would also match.
try:
    raise ExceptionGroup("order", [ValueError(1), KeyError(2)])
except* Exception as e:
    print("Exception took", e.exceptions)
except* ValueError as e:
    print("never")

# No exception: else and finally.
try:
    pass
except* ValueError:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")

# finally runs when parts escape.
try:
    try:
        raise ExceptionGroup("f", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled ValueError part")
    finally:
        print("finally with a pending rest")
except* OSError as e:
    print("outer caught", repr(e))

# sys.exc_info() inside the handler is the matched part.
import sys
try:
    raise ExceptionGroup("info", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* TypeError:
    print("exc_info:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())

# The name is unbound after the handler.
try:
    raise ExceptionGroup("name", [ValueError(1)])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print("NameError:", e)

# Bare `raise` in a handler re-raises its part, merged back with the rest
# into a group derived from the original.
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# A bare exception caught by except* and re-raised comes out as a group.
try:
    try:
        raise ValueError("bare")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare re-raised:", repr(e), repr(e.exceptions[0]))

# New exceptions raised in handlers are combined with the re-raised parts.
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("from ValueError handler")
    except* TypeError:
        raise
except ExceptionGroup as e:
    print("combined:", repr(e))
    print("  first context:", repr(e.exceptions[0].__context__))

# One new exception from a bare exception's handler escapes as itself.
try:
    try:
        raise ValueError("bare")
    except* ValueError:
        raise KeyError("replacement")
except KeyError as e:
    print("replacement:", repr(e), repr(e.__context__))

# raise ... from inside the handler.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("converted") from e
except TypeError as e:
    print("converted:", repr(e), repr(e.__cause__))

# Raising the matched group explicitly counts as a new exception.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    print("explicit:", repr(e))

# Handlers that raise several times across clauses.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError("a")
    except* TypeError:
        raise OSError("b")
    except* KeyError:
        raise
except ExceptionGroup as e:
    print("several:", repr(e))

# Loops inside a handler may use break and continue.
try:
    raise ExceptionGroup("loops", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# break and return from the try body still work.
def early():
    for i in range(3):
        try:
            if i == 1:
                return "returned"
        except* ValueError:
            pass
    return "end"
print(early())
for i in range(3):
    try:
        if i == 1:
            break
    except* ValueError:
        pass
print("broke at", i)

# except* in a function, nested in an except handler.
def nested():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise ExceptionGroup("inner", [ValueError(1)])
        except* ValueError as e:
            result = repr(e.__context__)
    return result
print(nested())
