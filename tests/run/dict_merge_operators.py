# PEP 584: | and |= on dicts
a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a, a | {}, {} | a)
c = a
c |= b
print(c, a is c)
c |= [(4, 'd')]
c |= {5: 'e'}.items()
print(c)
for bad in (lambda: a | [(1, 2)], lambda: [(1, 2)] | a, lambda: a | None, lambda: a | {1, 2}):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
x = {1: 1}
try:
    x |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    x |= [(1, 2, 3)]
except ValueError as e:
    print(type(e).__name__, e)
print(x)
print(x.__ior__({7: 7}), x)
