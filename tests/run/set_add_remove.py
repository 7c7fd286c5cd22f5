# add / remove / discard / pop / clear and the resulting iteration order
s = set()
for x in (5, 13, 21, 29, 1, 9):
    s.add(x)
print(s)
s.add(5)
print(s, len(s))
s.remove(13)
s.discard(21)
s.discard(100)
print(s)
s.add(37)
s.add(45)
print(s)
print(s.pop(), s.pop(), s)
s.clear()
print(s, len(s))
s.add(3)
print(s)
for bad in (lambda: s.remove(99), lambda: s.remove([]), lambda: s.add([]), lambda: s.discard({}), lambda: set().pop(),
            lambda: s.add(), lambda: s.add(1, 2), lambda: s.pop(1), lambda: s.clear(1), lambda: s.remove()):
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
t = {frozenset([1, 2]), 3}
t.remove({1, 2})
print(t)
t.add(frozenset([4]))
t.discard({4})
print(t)
try:
    t.remove((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.remove((5, 6))
except KeyError as e:
    print(type(e).__name__, e, e.args)
