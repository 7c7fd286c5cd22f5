# OSError: errno maps to subclasses, str forms, attributes.
for args in [(2, "No such file or directory"), (13, "Permission denied", "f.txt"),
             (17, "File exists", "a", None, "b"), (1, "x"), (99, "unknown"), ("just message",), ()]:
    e = OSError(*args)
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.errno, e.strerror, e.filename, e.filename2)
print(isinstance(OSError(2, "x"), FileNotFoundError), type(FileNotFoundError(13, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
for errno in (4, 10, 11, 20, 21, 32, 103, 104, 110, 111, 3):
    print(errno, type(OSError(errno, "s")).__name__)
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
