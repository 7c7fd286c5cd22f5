# Assignment expressions and star expressions in every legal place.
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print(n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print([y for x in range(5) if (y := x * x) > 4])
print((total := 10), total)
print(f"{(w := 3)}", w)
values = {"k": (v := 7)}
print(values, v)
print(data[(idx := 0)] if data else (idx := None), idx)
print(sum(x for x in range(3) if (last := x)), last)
print((lambda: (inner := 5))())
print([a := 1, a + 1])
print({(b := 2), b})
first, *rest = [1, 2, 3]
*init, final = "abc"
print(first, rest, init, final)
print(*rest, *init)
t = *rest, *init
u = 1, *rest
print(t, u)
for p in *rest, *init:
    print(p)


def f():
    return *rest, final


def g():
    yield *rest, final


print(f(), list(g()))
print([*range(2), *[3]], {*"ab"}, {**{"a": 1}, **{"b": 2}})
matrix = {}
matrix[*u,] = 1
print(matrix.get(u))
print(data[*[0]] if False else 0)
