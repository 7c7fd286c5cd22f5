# if/elif/else, while/for with else, break, continue, nested loops,
# chained comparisons, conditional expressions, walrus.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"


print([classify(n) for n in (-5, 0, 3, 42)])

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else", i)

i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("not reached")
print("after break", i)

for x in range(3):
    pass
else:
    print("for else", x)

for x in []:
    print("never")
else:
    print("empty for else")

for x in range(10):
    if x == 4:
        break
    if x % 2:
        continue
    print("for", x)
else:
    print("not reached")


def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None


print(find([[1, 2], [3, 4]], 4), find([[1]], 9))

out = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        out.append((a, b))
print(out)

n = 0
while n < 20:
    n += 1
    if n % 3:
        continue
    if n > 10:
        break
    print("mult3", n)

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 != 2)
print(1 < 2 <= 2 < 3 != None)
x = 5
print(0 <= x < 10, 0 <= x < 5, "a" < "b" < "c" in ["c"])


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(3) < noisy(2) < noisy(5))
print("yes" if x > 3 else "no", "yes" if x > 9 else "no")
print(1 if False else 2 if False else 3)
print((lambda: 1 if x else 0)())

data = [1, 5, 2, 8, 3]
if (m := max(data)) > 5:
    print("max", m)
print([y for v in data if (y := v * 2) > 4], y)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print((z := 10), z + 1)


def walrus_fn():
    if any((w := v) > 2 for v in [1, 2, 3, 4]):
        return w


print(walrus_fn())
print(not 0, not 1, not [], 0 or "x", 1 and 2, [] and 3, None or 0 or "")
print(1 in [1, 2], 3 not in [1, 2], None is None, x is not None)
v = 0
if v:
    print("truthy")
elif not v:
    print("falsy")
if []:
    pass
print(x if (x := 0) else "zero")
match_val = 3
res = "one" if match_val == 1 else "two" if match_val == 2 else "many"
print(res)
