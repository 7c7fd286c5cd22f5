data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y)
print([last := x for x in data], last)
total = 0
print([total := total + x for x in data], total)
def f():
    r = [(w := i) for i in range(3)]
    return r, w
print(f())
def g():
    [(gv := i) for i in range(2)]
    def h():
        return gv
    return h()
print(g())
print(any((hit := x) > 4 for x in data), hit)
print({(k := x): k * 2 for x in "ab"}, k)
if (n := len(data)) > 3:
    print("long", n)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print((z := 5) + z)
print([[(q := i + j) for j in range(2)] for i in range(2)], q)
for bad in ("[i := 0 for i in range(3)]", "[(i := 0) for i in range(3)]", "[x for x in (y := [1]) for y in x]",
            "class C:\n    [(a := 1) for b in range(1)]", "[(x := 1) for x in range(1)]", "def f():\n    x := 1", "(a.b := 1)",
            "[(j := 1) for i in range(2) if (j := 2)]", "{i: (i := 2) for i in range(1)}", "[x for x in range((w := 3))]"):
    try:
        compile(bad, "<s>", "exec")
        print("compiled", repr(bad))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def outer():
    xs = []
    def inner():
        nonlocal xs
        return [(xs := i) for i in range(2)]
    inner()
    return xs
print(outer())
gen = ((m := i) for i in range(3))
print(list(gen), m)
