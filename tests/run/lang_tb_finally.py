# An exception raised in a finally block while another propagates:
# the first becomes the context of the second.
def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        return 1 / 0
    finally:
        cleanup()


try:
    work()
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
work()
