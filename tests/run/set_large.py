# large sets: resizing keeps CPython's order; bulk removal shrinks the table
s = set(range(0, 3000, 7))
print(len(s), list(s)[:15], list(s)[-5:])
s -= set(range(0, 3000, 2))
print(len(s), list(s)[:15])
s.difference_update(range(0, 3000, 3))
print(len(s), list(s)[:15])
t = {i * i % 1009 for i in range(2000)}
print(len(t), list(t)[:20])
u = set()
for i in range(500):
    u.add(i * 37 % 1000)
    if i % 3 == 0:
        u.discard(i * 11 % 1000)
print(len(u), list(u)[:20], list(u)[-10:])
v = set(range(1000)) ^ set(range(500, 1500))
print(len(v), list(v)[:10], list(v)[-10:])
w = set(range(100)) & set(range(50, 5000))
print(len(w), list(w)[:10])
