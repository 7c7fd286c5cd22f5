# symmetric difference: result built from the other operand first
a = {1, 2, 3, 40}
b = {3, 4, 5, 40, 72}
print(a ^ b, b ^ a, a.symmetric_difference([72, 1, 100]), a.symmetric_difference({1: 0, 8: 0}))
c = set(range(10))
c ^= set(range(5, 15))
print(c)
c.symmetric_difference_update(range(0, 20, 4))
print(c)
d = {8, 16, 24}
d.symmetric_difference_update({8: 1, 32: 2})
print(d)
print(frozenset([1, 2]) ^ {2, 3}, type(frozenset([1]) ^ {2}).__name__)
