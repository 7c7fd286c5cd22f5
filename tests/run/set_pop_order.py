# pop walks the table from a moving finger; interleaved adds reuse dummy slots
s = set(range(0, 64, 4))
out = []
while s:
    out.append(s.pop())
    if len(out) % 3 == 0:
        s.add(len(out) * 1000)
    if len(out) > 40:
        break
print(out, s)
t = {1, 2, 3, 9, 17, 25}
t.discard(9)
t.add(33)
t.discard(1)
t.add(41)
print(t, t.pop(), t.pop(), t)
u = set(range(20))
for i in range(0, 20, 2):
    u.discard(i)
u.update(range(100, 108))
print(u)
