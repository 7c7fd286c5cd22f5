def show(x):
    print("eval", x)
    return x
class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    try:
        pairs = [(x, y) for x in items for y in items]
    except NameError as e:
        pairs = "NameError " + str(e)
    gen_first = list(x for x in items)
print(C.doubled, C.pairs, C.gen_first)
g = (show(x) for x in show([1, 2]))
print("generator made")
print(list(g))
x = "outer"
print([x for x in "ab"], x)
print({x for x in "cd"} == {"c", "d"}, x)
print([[x for x in range(i)] for i in range(3)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([y for x in [[1, 2], [3]] for y in x])
print({k: v for k, v in [("a", 1), ("a", 2)]})
print(dict((k, 1) for k in "xy"))
def f():
    res = [lambda: i for i in range(2)]
    return [r() for r in res]
print(f())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    print([z for z in range(2) if z / 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [a for a in 5]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(5))
print([v for v in it if v < 2], list(it))
print([*(i for i in range(2)), *[i for i in range(2, 4)]])
def gen_with_send():
    received = []
    while len(received) < 2:
        received.append((yield len(received)))
    return received
gs = gen_with_send()
print(next(gs), gs.send("a"))
try:
    gs.send("b")
except StopIteration as e:
    print("done", e.value)
print(sorted({i % 3 for i in range(10)}), [i for i in range(10)][::3])
nested = [[1, 2], [3, 4]]
print([[row[i] for row in nested] for i in range(2)])
print(sum(i for i in range(4)), max((i for i in "abc"), key=ord), "".join(c.upper() for c in "hi"))
