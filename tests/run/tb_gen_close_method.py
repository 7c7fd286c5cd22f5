# gen.close(): GeneratorExit at the yield; ignoring it is a RuntimeError.
import sys
def hook(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, repr(args.object).split(" at ")[0],
          args.err_msg, args.exc_traceback is args.exc_value.__traceback__)
sys.unraisablehook = hook
def well_behaved():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = well_behaved()
next(g)
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print("exhausted")
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns_on_exit()
next(g)
print(g.close())
def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
