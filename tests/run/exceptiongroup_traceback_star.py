# What escapes a try/except*: new exceptions from handlers combined with
# the unhandled rest.
def work():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), KeyError(3), OSError(4)])
    except* ValueError as e:
        raise RuntimeError("value handler failed")
    except* TypeError:
        raise
    except* KeyError:
        print("KeyError handled")

def main():
    work()

main()
