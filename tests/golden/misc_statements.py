"""Module docstring: simple statements and small forms."""
import sys

pass
...
None
Ellipsis
0
"expression statement"
print("print is a function")
print()
print("with", "args", sep=", ", end="\n", file=sys.stdout)


def returns():
    return


def returns_tuple():
    return 1, 2


def returns_starred():
    return *[1], 2


def early_exit(flag):
    if flag:
        return None
    raise ValueError("no")


class Ellipses:
    ...


def stub(): ...


x = [returns(), returns_tuple(), returns_starred(), early_exit(True)]
del x[0]
global_value = 1
assert global_value == 1, f"{global_value}"
exec_name = exec
exec_name("y = 1")
lambda: (yield)
not_a_print = print
not_a_print("aliased")
if __name__ == "__main__":
    print(x, stub(), Ellipses)
