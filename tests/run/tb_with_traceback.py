# with_traceback and assigning __traceback__.
def make():
    try:
        raise ValueError("first")
    except ValueError as e:
        return e.__traceback__
tb = make()
e = RuntimeError("second")
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
e.__traceback__ = None
print(e.__traceback__)
for bad in (1, "tb"):
    try:
        e.__traceback__ = bad
    except TypeError as err:
        print(type(err).__name__, err)
try:
    e.with_traceback(5)
except TypeError as err:
    print(err)
def thrower():
    raise RuntimeError("with old traceback").with_traceback(tb)
thrower()
