# An uncaught exception group: the boxed traceback format.
def fail(n):
    raise ValueError(f"bad value {n}")

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(TypeError("no traceback"))
    raise ExceptionGroup("several failures", errors)

collect()
