# A group raised while handling another exception, whose members carry
# their own tracebacks and contexts; escaping from nested functions.
def step(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    try:
        x = {}["k"]
    except KeyError:
        raise TypeError(f"even {i}")

def run_all():
    errors = []
    for i in range(3):
        try:
            step(i)
        except Exception as e:
            errors.append(e)
    return errors

def main():
    try:
        raise OSError("disk")
    except OSError:
        raise ExceptionGroup("steps", run_all())

def entry():
    main()

entry()
