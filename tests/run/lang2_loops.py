def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return None
    return i
print(search([1, 2, 3], 2), search([], 1), search([4], 5))
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else never")
    if i == 1:
        continue
    print("outer", i, j)
else:
    print("outer else", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("never")
print("n =", n)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("iter", x)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
for i in range(5):
    pass
print(i)
for i in []:
    pass
print(i)
x = 10
for x in range(2):
    def cap(): return x
print(cap())
def gen_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in gen_loop():
    if v == 1:
        break
print("after break")
import sys
it = iter([1, 2, 3])
for a in it:
    for b in it:
        print(a, b)
r = range(10, 0, -3)
print(list(r), r[1], r[-1], len(r), 4 in r, 7 in r, r.index(4), list(reversed(r)), r[::2], r[1:3])
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(range(3), "ab")), list(enumerate("xy", start=5)), list(reversed([1, 2])))
while False:
    pass
else:
    print("while False else")
count = 0
while True:
    count += 1
    try:
        if count == 3:
            break
    finally:
        print("finally", count)
for i in range(3):
    try:
        continue
    finally:
        print("finally continue", i)
def nested_break():
    for i in range(3):
        with open(__file__) as f:
            if i == 1:
                return i
print(nested_break())
