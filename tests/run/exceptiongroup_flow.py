# Order of try/except*/else/finally, exceptions from else and finally,
# handlers that do not bind a name, and except* with a partial match
# inside loops.
def flow(raise_in, label):
    print("--", label)
    try:
        try:
            print("  body")
            if raise_in == "body":
                raise ExceptionGroup("body", [ValueError(1), OSError(2)])
        except* ValueError:
            print("  ValueError handler")
            if raise_in == "handler":
                raise KeyError("handler")
        except* OSError:
            print("  OSError handler")
        else:
            print("  else")
            if raise_in == "else":
                raise ValueError("from else")
        finally:
            print("  finally")
            if raise_in == "finally":
                raise RuntimeError("from finally")
    except BaseException as e:
        print("  escaped", repr(e), "| context:", repr(e.__context__))

flow(None, "nothing raised")
flow("body", "body raises")
flow("else", "else raises (not handled by except*)")
flow("finally", "finally raises")

# The handler with a raise in a partially matched group.
try:
    try:
        raise ExceptionGroup("body", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("handler")
    finally:
        print("finally after handler raised")
except ExceptionGroup as e:
    print("escaped", repr(e))

# except* in a loop: each iteration is independent.
results = []
for i in range(4):
    try:
        excs = [ValueError(i)] if i % 2 else [ValueError(i), TypeError(i)]
        raise ExceptionGroup(f"iteration {i}", excs)
    except* ValueError as v:
        results.append(("V", i, len(v.exceptions)))
    except* TypeError as t:
        results.append(("T", i, len(t.exceptions)))
print(results)

# Nothing raised in body: handlers' types are not evaluated.
def never_called():
    print("evaluated!")
    return ValueError
try:
    x = 1
except* never_called():
    pass
print("types were not evaluated")

# A function's exception flows through several except* levels.
def level3():
    raise ExceptionGroup("deep", [ValueError("v"), TypeError("t"), KeyError("k")])
def level2():
    try:
        level3()
    except* ValueError as e:
        print("level2 took", e.exceptions)
def level1():
    try:
        level2()
    except* TypeError as e:
        print("level1 took", e.exceptions)
try:
    level1()
except* KeyError as e:
    print("top took", e.exceptions, "message", e.message)
