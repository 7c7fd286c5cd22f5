# list.append / list.extend / += with many iterable kinds and errors
a = []
a.append(1)
a.append([2])
a.append(a is a)
print(repr(a))
a.extend((3, 4))
a.extend(range(5, 8))
a.extend("xy")
a.extend({10: 0, 11: 0})
a.extend(x * 2 for x in range(3))
print(repr(a))
b = [1, 2]
b.extend(b)
print(repr(b))
b += b
print(repr(b))
c = [0]
c += (1,)
c += range(2, 4)
print(repr(c))
for bad in (lambda: [].append(), lambda: [].append(1, 2), lambda: [].extend(), lambda: [].extend(5),
            lambda: [].extend(None), lambda: list.append(1, 2), lambda: list.append()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
d = [1]
try:
    d += 5
except TypeError as e:
    print(type(e).__name__, e)
print(repr(d))
alias = d
d += [2]
print(alias is d, repr(alias))
print(list.append(d, 9), repr(d))
