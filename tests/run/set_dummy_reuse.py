# removing and re-adding elements: dummy slots are reused, order follows the table
s = set(range(8))
for x in range(0, 8, 2):
    s.remove(x)
for x in (16, 18, 20, 2):
    s.add(x)
print(s)
t = set(range(100, 140))
for x in range(100, 140, 3):
    t.discard(x)
for x in range(200, 214):
    t.add(x)
print(t)
u = {1, 9, 17, 25}
u.remove(9)
u.add(33)
u.remove(1)
u.add(1)
print(u)
v = set()
for i in range(30):
    v.add(i)
    if i % 2:
        v.discard(i - 1)
print(v)
