# list methods called through the class, and wrong self types
print(list.append.__name__ if hasattr(list.append, '__name__') else 'append')
l = [3, 1]
list.append(l, 2)
list.sort(l)
list.reverse(l)
print(l, list.count(l, 1), list.index(l, 2), list.copy(l), list.pop(l))
for bad in (lambda: list.append((), 1), lambda: list.append(), lambda: list.pop({}), lambda: list.sort(None),
            lambda: list.extend('ab', 'c'), lambda: list.index(1, 2)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
m = l.append
m(7)
print(l)
