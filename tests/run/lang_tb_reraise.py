# Bare raise in a handler re-raises with the original frame, and
# finally blocks run while the exception propagates.
def inner():
    raise KeyError("deep")


def middle():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise
    finally:
        print("middle finally")


def outer():
    try:
        middle()
    finally:
        print("outer finally")


outer()
