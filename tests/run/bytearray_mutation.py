# bytearray mutation: append, extend, pop, insert, remove, clear, copy, reverse, item and slice assignment
a = bytearray(b"abc")
a.append(100)
a.extend(b"ef")
a.extend([103, 104])
a.extend(bytearray(b"i"))
a.extend(x for x in (106,))
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, 65)
a.insert(100, 90)
a.insert(-1, 89)
a.insert(-100, 64)
print(a)
a.remove(65)
print(a, a.copy(), a.copy() is a)
a.reverse()
print(a)
a[0] = 120
a[-1] = 121
print(a)
a[1:3] = b"XYZW"
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
del a[0]
del a[-1]
print(a)
del a[::3]
print(a)
a[2:2] = [1, 2, 3]
print(a)
a[:] = b"reset"
print(a)
del a[1:3]
print(a)
a[5:] = b"tail"
print(a)
a[1:4] = bytearray()
print(a)
a.clear()
print(a, len(a))
for bad in [lambda: a.append(256), lambda: a.append("a"), lambda: a.pop(), lambda: bytearray(b"a").pop(5),
            lambda: bytearray(b"a").remove(5), lambda: bytearray(b"a").remove(256), lambda: a.insert(0),
            lambda: a.extend(1), lambda: a.extend("ab"), lambda: a.extend([1, "a"]), lambda: a.extend([300]),
            lambda: bytearray(b"ab").__setitem__(0, 256), lambda: bytearray(b"ab").__setitem__(5, 1),
            lambda: bytearray(b"ab").__setitem__(0, "a"), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"),
            lambda: bytearray(b"abc").__setitem__(slice(0, 1), 5), lambda: bytearray(b"abc").__setitem__(slice(0, 1), "x"),
            lambda: bytearray(b"ab").__delitem__(9), lambda: bytearray(b"ab").__setitem__("x", 1), lambda: a.append()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
