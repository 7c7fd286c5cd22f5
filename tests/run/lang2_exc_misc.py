def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise MyErr("msg", 2)
except MyErr as e:
    print(e, e.args, e.b, repr(e))
try:
    raise MyErr
except TypeError as e:
    print(type(e).__name__, e)
class E2(ValueError): pass
try:
    raise E2("sub")
except (KeyError, ValueError) as e:
    print("tuple catch", type(e).__name__)
try:
    try:
        raise E2("x")
    except KeyError:
        print("no")
except E2 as e:
    print("outer", e)
try:
    raise ValueError("a")
except Exception as e:
    err = e
print(repr(err))
def catch_non_exc():
    try:
        raise ValueError
    except 5:
        pass
t(catch_non_exc)
def catch_non_exc_tuple():
    try:
        raise ValueError
    except (ValueError, 5):
        return "matched first"
t(catch_non_exc_tuple)
def catch_str():
    try:
        raise ValueError
    except "ValueError":
        pass
t(catch_str)
class NotExc: pass
t(lambda: (_ for _ in ()).throw(NotExc))
def raise_class_instance():
    raise NotExc()
t(raise_class_instance)
def raise_type_err():
    raise TypeError
t(raise_type_err)
t(lambda: exec("raise SystemExit(3)"))
t(lambda: exec("raise KeyboardInterrupt"))
t(lambda: exec("raise StopIteration(1)"))
print(repr(KeyError()), repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()))
print(repr(ValueError(1, 2)), str(ValueError(1, 2)), str(ValueError()), str(ValueError("")), repr(OSError(2, "nf")), str(OSError(2, "nf")))
print(str(UnicodeError("x")), repr(StopIteration(5).value), SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("note")
e.add_note("first note")
print(e.__notes__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(IOError is OSError, EnvironmentError is OSError, BaseException.__subclasses__ is not None)
def f():
    try:
        raise ValueError("inside")
    except ValueError:
        def g():
            raise
        g()
t(f)
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        exc = e
    return exc.__traceback__ is not None, type(exc).__name__
t(h)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)
def cleanup_var():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in dir()
print(cleanup_var())
def exc_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t2:
            return repr(t2.__context__)
print(exc_in_except())
def ctx_same():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise e
        except ValueError as e2:
            return e2.__context__ is None
print(ctx_same())
t(lambda: [1][5])
t(lambda: {}.pop("k"))
t(lambda: [].pop())
t(lambda: "".index("x"))
t(lambda: [].remove(1))
t(lambda: int("x"))
t(lambda: {}["a"])
t(lambda: {1}.remove(2))
t(lambda: ().index(1))
t(lambda: getattr(1, "nope"))
t(lambda: object.__getattribute__(1, "nope"))
t(lambda: setattr(1, "x", 2))
t(lambda: delattr(1, "real"))
t(lambda: undefined_name)
t(lambda: chr(-1))
t(lambda: ord("ab"))
t(lambda: iter(None))
def nested_tuple():
    try:
        raise KeyError
    except (ValueError, (KeyError,)):
        return "nested"
t(nested_tuple)
def empty_tuple():
    try:
        try:
            raise KeyError("k")
        except ():
            return "never"
    except KeyError as e:
        return "empty tuple matches nothing"
t(empty_tuple)
def bad_second_clause():
    try:
        raise KeyError
    except KeyError:
        return "first clause matched"
    except 5:
        pass
t(bad_second_clause)
