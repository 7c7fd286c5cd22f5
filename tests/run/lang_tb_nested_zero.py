# Uncaught ZeroDivisionError three calls deep; the traceback lists each
# frame with its ~~^~~ markers.
def ratio(a, b):
    return a / b


def average(values):
    total = sum(values)
    return ratio(total, len(values))


def report(groups):
    for name, values in groups.items():
        print(name, average(values))


report({"full": [1, 2, 3], "empty": []})
