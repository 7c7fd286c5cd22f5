# with statements: single and multiple items, as-targets, __exit__
# arguments, exception suppression, return/break through with.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

try:
    with CM("outer"), CM("inner", suppress=True):
        raise ValueError("only inner sees it")
    print("continues")
except ValueError:
    print("never")

try:
    with CM("outer", suppress=True), CM("inner"):
        raise ValueError("outer suppresses")
    print("continues 2")
except ValueError:
    print("never")


def ret_through():
    with CM("r"):
        return "returned"


print(ret_through())

for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

with CM("t") as (a):
    print(a)


class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *args):
        return None


with Pair() as (p, [q, r]):
    print(p, q, r)

holder = {}
with Pair() as holder["k"]:
    pass
print(holder)


class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("not called")


try:
    with CM("first"), EnterRaises():
        print("never")
except OSError as e:
    print("caught", e)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 1


def suppress_in_func():
    with Truthy():
        1 / 0
    return "after suppress"


print(suppress_in_func())
with (CM("p1") as u, CM("p2") as w):
    print(u, w)
