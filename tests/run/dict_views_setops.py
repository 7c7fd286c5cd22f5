# set operations and comparisons on keys/items views
d = {1: 10, 2: 20, 3: 30}
e = {2: 20, 3: 99, 4: 40}
k, ek = d.keys(), e.keys()
print(k & ek, k | ek, k - ek, k ^ ek, ek - k)
print(k & {1, 9}, k | [7], k - (1,), k ^ {3, 5}, {3, 6} - k, [1, 2] & k, (5,) | k, {1} ^ k)
print(d.items() & e.items(), d.items() - e.items(), d.items() | {(9, 90)}, d.items() ^ e.items())
print(k == {1, 2, 3}, k != {1, 2}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3, 4}, {1, 2, 3} == k)
print(k == [1, 2, 3], k == ek, d.items() == {(1, 10), (2, 20), (3, 30)}, d.items() < e.items())
print(k.isdisjoint([4, 5]), k.isdisjoint(ek), d.items().isdisjoint({(1, 10)}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
for bad in (lambda: k & 1, lambda: k | None, lambda: k - 2, lambda: d.values() & {1}, lambda: k.isdisjoint(1), lambda: k.isdisjoint()):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(d.items() | {([], 1)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1: []}.items() & {(1, 2)})
except TypeError as e:
    print(type(e).__name__, e)
print(type(k & ek).__name__, type(k - k).__name__, k - k)
