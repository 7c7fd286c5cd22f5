# An exception in a finally block while a dropped generator closes is
# reported as "Exception ignored in" on stderr, and the program goes on.
import sys
def hook(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, repr(args.object).split(" at ")[0],
          args.err_msg, args.exc_traceback is args.exc_value.__traceback__)
sys.unraisablehook = hook
def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
g = bad_cleanup()
next(g)
del g
print("still running")
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
g = None
print("end")
def nested():
    try:
        yield 1
    finally:
        print("nested finally")
def outer():
    inner = nested()
    next(inner)
    try:
        yield 1
    finally:
        print("outer finally")
o = outer()
next(o)
del o
print("after nested")
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
