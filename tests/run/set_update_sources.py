# update from sets, dicts, iterators, strings of ints; presize paths
s = set()
s.update({1: 'a', 9: 'b', 17: 'c'})
print(s)
s.update(range(30, 90, 8))
print(s)
t = set(range(40))
t.update({100: 0, 200: 0})
print(t)
u = {5}
u.update(set(range(6, 12)), frozenset([99]), [1000], iter([3]))
print(u)
v = set({i: i for i in range(10)})
print(v, set(dict.fromkeys([30, 20, 10])))
w = {1, 2}
w.update(w)
print(w)
