# Unpacking into neighbouring locals writes them directly; the targets
# must keep their old values whenever the unpacking fails.

def pairs():
    k, v = "k0", "v0"
    for k, v in {"a": 1, "b": 2}.items():
        print(k, v)
    print("after loop:", k, v)
    try:
        k, v = (1, 2, 3)
    except ValueError as e:
        print("ValueError:", e, "|", k, v)
    try:
        k, v = [1]
    except ValueError as e:
        print("ValueError:", e, "|", k, v)
    try:
        k, v = iter([7])
    except ValueError as e:
        print("ValueError:", e, "|", k, v)

    def gen():
        yield "g1"
        raise RuntimeError("boom in the middle")
    try:
        k, v = gen()
    except RuntimeError as e:
        print("RuntimeError:", e, "|", k, v)
    try:
        k, v = 5
    except TypeError as e:
        print("TypeError:", e, "|", k, v)
    k, v = "xy"
    print(k, v)
    k, v = v, k
    print(k, v)
    a, b, c = range(3)
    print(a, b, c)
    c, b, a = (a, b, c)
    print(a, b, c)
    # A tuple subclass and a list take the general path.
    class T(tuple):
        pass
    k, v = T((10, 20))
    print(k, v)
    k, v = [30, 40]
    print(k, v)
    # The source is one of the targets.
    k = (50, 60)
    k, v = k
    print(k, v)
    for i, (x, y) in enumerate([(1, 2), (3, 4)]):
        print(i, x, y)
    return [(p, q) for p, q in zip("ab", "cd")], {q: p for p, q in enumerate("zy")}

print(pairs())

def unbound_then_fail():
    try:
        first, second = (1,)
    except ValueError:
        pass
    return first

try:
    unbound_then_fail()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def tb():
    x, y = (1, 2, 3)

tb()
