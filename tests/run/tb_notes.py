# add_note and __notes__ (PEP 678) in tracebacks.
e = ValueError("bad value")
e.add_note("first note")
e.add_note("multi\nline note")
print(e.__notes__)
for bad in (5, None):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
f = KeyError("k")
f.__notes__ = "not a list"
try:
    f.add_note("x")
except TypeError as err:
    print(err)
def fail():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
try:
    fail()
except ZeroDivisionError as z:
    print(z.__notes__)
raise e
