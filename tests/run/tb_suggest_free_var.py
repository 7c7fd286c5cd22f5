# A free variable not yet bound is a NameError with its name set.
def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(e, "|", e.name)
    later = 1
outer()
lates = 1
def g():
    return latex
g()
