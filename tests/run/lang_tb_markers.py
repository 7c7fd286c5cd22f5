# Traceback markers for a binary operator inside a larger expression,
# a subscript, and a multi-line call; the last frame is uncaught.
import sys


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


data = {"a": [1, 2]}
show(lambda: data["b"])
show(lambda: data["a"][5])
show(lambda: data["a"][0] + "x")


def compute(values, scale):
    offset = 1
    return sum(values) * scale + offset / (scale - scale)


def run():
    return compute(
        data["a"],
        3,
    )


print("running", file=sys.stderr)
run()
