# list.insert and list.pop: index clamping, negative indices, errors
a = [1, 2, 3]
a.insert(0, 'a')
a.insert(100, 'end')
a.insert(-1, 'before-end')
a.insert(-100, 'first')
a.insert(2, 'mid')
print(repr(a))
a.insert(True, 'bool')
print(repr(a))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), repr(a))
for bad in (lambda: a.pop(50), lambda: a.pop(-50), lambda: [].pop(), lambda: [].pop(0),
            lambda: a.pop('x'), lambda: a.pop(1.0), lambda: a.pop(1, 2), lambda: a.insert(1),
            lambda: a.insert('x', 1), lambda: a.insert(), lambda: a.pop(10**30), lambda: a.insert(1, 2, 3)):
    try:
        bad()
    except (TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
b = []
for i in range(5):
    b.insert(0, i)
print(repr(b))
while b:
    print(b.pop(), end=' ')
print()
c = list(range(10))
c.insert(-3, 'x')
print(repr(c), c.pop(-1), c.pop(-10))
