# repr of frames and tracebacks; frame objects cannot be instantiated.
import sys
f = sys._getframe()
print(repr(f).startswith("<frame at 0x"), repr(f).endswith("line 4, code <module>>"))
def inner():
    return sys._getframe()
r = repr(inner())
print(r.startswith("<frame at 0x"), "code inner>" in r, "introspect_frame_repr.py" in r)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e.__traceback__).startswith("<traceback object at 0x"))
print(type(f).__name__, type(e.__traceback__ if False else f.f_code).__name__)
