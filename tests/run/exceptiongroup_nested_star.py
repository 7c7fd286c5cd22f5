# except* nested in handlers, in generators, with finally, and with
# user-defined exception classes and group subclasses.
import sys

class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

class NetError(AppError):
    pass

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)

def gather():
    raise MyGroup("batch", [NetError(1), AppError(2), ValueError(3), MyGroup("sub", [NetError(4), KeyError(5)])])

try:
    gather()
except* NetError as e:
    print("net:", repr(e), [x.code for x in e.exceptions if isinstance(x, NetError)])
except* AppError as e:
    print("app:", repr(e))
except* Exception as e:
    print("other:", repr(e), type(e).__name__)

# except* inside an except* handler.
try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
except* ValueError as outer_part:
    try:
        raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
    except* KeyError as inner_part:
        print("inner handled", repr(inner_part), "during", repr(sys.exc_info()[1]))
    except* OSError as inner_os:
        print("inner os", repr(inner_os.__context__))
    print("back in outer handler:", repr(sys.exc_info()[1]))
except* TypeError as t:
    print("type part", repr(t))
print("all done:", sys.exc_info())

# A plain try/except inside an except* handler, re-raising into the group.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError("wrapped") from z
except ExceptionGroup as e:
    print("escaped:", repr(e), repr(e.exceptions[0].__cause__))

# Generators suspended inside an except* handler keep their state.
def gen():
    try:
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        yield ("in ValueError handler", repr(sys.exc_info()[1]))
        yield ("still", repr(v))
    except* TypeError as t:
        yield ("in TypeError handler", repr(t))
    yield ("after", repr(sys.exc_info()[1]))

g = gen()
for step in g:
    print(step, "| outside:", sys.exc_info()[1])

# Generator raising from an except* handler.
def gen2():
    try:
        raise ExceptionGroup("gen2", [ValueError(1)])
    except* ValueError:
        yield 1
        raise KeyError("from generator")

try:
    for x in gen2():
        print("got", x)
except KeyError as e:
    print("generator raised", repr(e), repr(e.__context__))
except ExceptionGroup as e:
    print("generator raised group", repr(e))

# finally inside an except* body, and an except* inside finally.
try:
    raise ExceptionGroup("fin", [ValueError(1)])
except* ValueError:
    try:
        print("handler body")
    finally:
        print("inner finally")

try:
    pass
finally:
    try:
        raise ExceptionGroup("in finally", [ValueError(1)])
    except* ValueError as e:
        print("caught in finally", repr(e))

# with statements inside the handler.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__ if t else None)
        return t is KeyError

try:
    raise ExceptionGroup("cm", [ValueError(1)])
except* ValueError:
    with CM():
        raise KeyError("suppressed")
    print("after suppressed with")

# Functions called from handlers see the part as the handled exception.
def report():
    return repr(sys.exc_info()[1])
try:
    raise ExceptionGroup("call", [ValueError(1)])
except* ValueError:
    print("report:", report())

# Recursion through except*.
def walk(n):
    if n == 0:
        raise ExceptionGroup("leaf", [ValueError(n)])
    try:
        walk(n - 1)
    except* ValueError as e:
        raise ExceptionGroup(f"level {n}", [KeyError(n)])
try:
    walk(3)
except ExceptionGroup as e:
    while isinstance(e, ExceptionGroup):
        print(repr(e))
        e = e.exceptions[0]
