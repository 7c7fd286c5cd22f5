# dict comprehensions and displays: order, duplicates, nesting
print({x: x * x for x in range(5)}, {x % 3: x for x in range(10)}, {k: v for k, v in [('a', 1), ('b', 2)]})
print({1: 'a', 1: 'b'}, {1: 'a', 2: 'b', 1: 'c'}, {True: 1, 1: 2, 1.0: 3})
print({i: {j: i * j for j in range(2)} for i in range(3)})
d = {**{1: 1}, 2: 2, **{1: 'x', 3: 3}}
print(d)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({k: None for k in ''}, dict((i, str(i)) for i in range(3)))
