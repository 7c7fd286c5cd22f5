# The builtin exception hierarchy.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
         "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
         "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
         "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
         "MemoryError", "NameError", "UnboundLocalError", "OSError", "BlockingIOError",
         "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
         "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
         "ProcessLookupError", "TimeoutError", "ReferenceError", "RuntimeError",
         "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError", "TabError",
         "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "DeprecationWarning",
         "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning",
         "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "EncodingWarning",
         "ResourceWarning"]
import builtins
for n in names:
    t = getattr(builtins, n)
    print(n, t.__base__.__name__, [b.__name__ for b in t.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(GeneratorExit, Exception))
try:
    {}["missing"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
