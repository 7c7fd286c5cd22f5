# More than 15 sub-exceptions and deeper than 10 levels are elided.
import sys
wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
try:
    raise wide
except ExceptionGroup as e:
    print("caught", e)
print("message of deep:", deep.message)
raise ExceptionGroup("top", [wide, deep, BaseExceptionGroup("b", [KeyboardInterrupt()]) if False else KeyError("k")])
