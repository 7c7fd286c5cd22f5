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
        return "finally"
print(f2())

def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(f3())

def f4():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f4())

def f5():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f5 finally")
print(f5())

def f6():
    try:
        pass
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f6 finally")
print(f6())

def f7():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "swallowed"
print(f7())

def f8():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
    try:
        e
    except NameError as n:
        print(type(n).__name__, n)
f8()

def f9():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
print(f9())

def f10():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f10())

def f11():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
try:
    f11()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def f12():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("from") from z
try:
    f12()
except ValueError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__)

def f13():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
try:
    f13()
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise KeyError("a", 1)
except KeyError as e:
    print(repr(e), str(e))
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)

for i in range(3):
    pass
else:
    print("for else", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")

def f14():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = f14()
print(next(g))
g.close()
print(list(f14()))

def inner_gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner cleanup")
def outer_gen():
    try:
        yield from inner_gen()
        yield "c"
    finally:
        print("outer cleanup")
g = outer_gen()
print(next(g), next(g))
g.close()
print(list(outer_gen()))

def f15():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        yield 2
g = f15()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def f16():
    x = yield 1
    print("sent", x)
    try:
        yield 2
    except ValueError as e:
        print("thrown", e)
        yield 3
g = f16()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def f17():
    return (yield)
g = f17(); next(g)
try:
    g.send(42)
except StopIteration as e:
    print("ret", e.value)
try:
    f17().send(1)
except TypeError as e:
    print(type(e).__name__, e)

def f18():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError as t:
            return (type(t.__context__).__name__, str(t.__context__))
print(f18())

try:
    try:
        raise ValueError("orig")
    finally:
        print("finally with pending")
except ValueError as e:
    print("after finally", e)

def f19():
    try:
        raise ValueError("x")
    finally:
        return "finally overrides"
print(f19())
import sys
def f20():
    try:
        raise ValueError("info")
    except ValueError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(sys.exc_info())
f20()
