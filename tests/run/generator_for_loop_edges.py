# Generators driven by `for` loops: values, exhaustion, break, exceptions
# escaping the generator, StopIteration inside it (PEP 479), the handled
# exception across yields, re-entrancy, frames, and recursion.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print([x for x in count(4)], sum(x for x in count(5)))
total = 0
for x in count(10):
    if x == 6:
        break
    total += x
print("break", total)


def nested():
    for a in count(3):
        for b in count(a):
            yield (a, b)


print(list(nested()))


def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
for v in with_finally(log):
    log.append(v)
    break
print(log)


def raises_inside():
    yield 1
    raise KeyError("boom")


try:
    for v in raises_inside():
        print("got", v)
except KeyError as e:
    print("caught", repr(e))


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    for v in stop_inside():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def yield_in_except():
    try:
        raise ValueError("handled")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


for v in yield_in_except():
    print("value", v, "caller sees", sys.exc_info()[0])

try:
    raise IndexError("outer")
except IndexError:
    for v in yield_in_except():
        print("in handler", v, sys.exc_info()[0].__name__)


def self_loop():
    for x in me:
        yield x


me = self_loop()
try:
    for v in me:
        pass
except ValueError as e:
    print("ValueError", e)


def shows_frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield gen_obj.gi_running, gen_obj.gi_code.co_name


def driver():
    out = []
    for item in gen_obj:
        out.append(item)
    return out


gen_obj = shows_frames()
print(driver())


def tree(depth):
    if depth == 0:
        yield depth
        return
    for x in tree(depth - 1):
        yield x + 1


print(sum(tree(50)), list(tree(3)))

g = count(3)
for x in g:
    if x == 0:
        print("next inside", next(g))
print("after", list(g))


def deep_error(depth):
    if depth == 0:
        yield 1 / 0
    for x in deep_error(depth - 1):
        yield x


def consume():
    for x in deep_error(2):
        print(x)


consume()
