# try/except/else/finally, control flow through finally and handlers,
# nested try, raise / raise from / bare raise, assert.
def f1():
    try:
        return "try"
    finally:
        print("finally runs")


print(f1())


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


print(f2())


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i


print(f3())


def f4():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            return "handler return", e.args
        finally:
            print("f4 fin", i)


print(f4())


def f5():
    while True:
        try:
            1 / 0
        finally:
            break
    return "swallowed by break"


print(f5())


def f6():
    try:
        raise KeyError("k")
    finally:
        return "swallowed by return"


print(f6())


def f7(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero")
        return None
    except (TypeError, ValueError) as e:
        print("bad", type(e).__name__)
        return None
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)


print(f7(2), f7(0), f7("a"))

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise TypeError("outer") from e
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(e, repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise TypeError("y") from None
except TypeError as e:
    print(e, repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("again")
    except ValueError:
        print("re-raising")
        raise
except ValueError as e:
    print("caught", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)

e = "kept?"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ["msg", 1]
except AssertionError as e:
    print(e.args)
assert True, "never"

order = []
try:
    try:
        order.append("t1")
        raise KeyError("a")
    except KeyError:
        order.append("h1")
        try:
            raise IndexError("b")
        except IndexError as e2:
            order.append("h2")
            print(repr(e2.__context__))
        finally:
            order.append("f2")
    finally:
        order.append("f1")
except Exception:
    order.append("never")
print(order)

try:
    try:
        raise ValueError("v")
    finally:
        print("inner finally during propagation")
except ValueError as e:
    print("outer caught", e)

try:
    {}["missing"]
except LookupError as e:
    print("LookupError catches", type(e).__name__, e)

try:
    int("x")
except (KeyError, ValueError) as e:
    print("tuple catch", e)


class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


try:
    raise MyErr(42)
except MyErr as e:
    print(e.code, e.args, str(e))

try:
    raise MyErr
except TypeError as e:
    print(type(e).__name__, e)


def ctx_in_handler():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        import sys
        return sys.exc_info()[0].__name__


print(ctx_in_handler())
import sys
print(sys.exc_info())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
    finally:
        print("finally before re-raise propagates")
except ArithmeticError as e:
    print(type(e).__name__, e)


def nested_finally_return():
    try:
        try:
            return 1
        finally:
            print("inner fin")
    finally:
        print("outer fin")


print(nested_finally_return())

try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
finally:
    print("finally without exception")
