# copy keeps the table (same order), clear resets to an empty table
s = {100, 3, 45, 17}
c = s.copy()
print(s, c, c == s, c is s, list(c) == list(s))
c.add(5)
print(s, c)
for i in range(20):
    s.add(i * 8)
for i in range(20):
    s.discard(i * 8)
d = s.copy()
print(s, d, list(s) == list(d))
s.clear()
print(s, d)
s.update(d)
print(s)
print(set(d) == d, frozenset(d).copy() == d, type(set.copy(d)).__name__)
try:
    s.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
