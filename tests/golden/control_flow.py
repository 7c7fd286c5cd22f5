# if / elif / else, while / else, for / else, break, continue, pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for value in [-1, 0, 5, 50]:
    print(classify(value))

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("never")

for x in range(3):
    pass
else:
    print("loop finished")

for a, (b, c) in [(1, (2, 3))]:
    print(a, b, c)

for *head, tail in [(1, 2, 3)]:
    print(head, tail)

while False:
    pass
else:
    print("while else")

if True: print("one-line if")
for _ in range(1): print("one-line for")
while i: i -= 1; print("one-line while", i)

if (
    i == 0
    and value == 50
):
    print("parenthesized condition")

for x in 1, 2, 3:
    print(x, end=" ")
print()

class Obj:
    pass


obj = Obj()
d = {}
for obj.attr in []:
    pass
for d["key"] in []:
    pass
for [p, q] in [[1, 2]]:
    print(p + q)
