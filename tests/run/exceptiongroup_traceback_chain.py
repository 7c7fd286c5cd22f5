# Causes and contexts around and inside a group, a SyntaxError inside a
# group, and an exception that appears twice.
def parse(src):
    try:
        compile(src, "<input>", "exec")
    except SyntaxError as e:
        return e

def load():
    errs = [parse("x = (1,"), parse("def f(:\n  pass")]
    shared = KeyError("shared")
    errs.append(shared)
    errs.append(ExceptionGroup("again", [shared]))
    try:
        raise LookupError("root cause")
    except LookupError as root:
        raise ExceptionGroup("load failed", errs) from root

try:
    load()
except ExceptionGroup as eg:
    raise SystemError("could not recover") from eg
