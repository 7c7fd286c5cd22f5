def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
l = [3, 1, 2]
show("l.append(4)", "l.extend('ab')", "l", "l.insert(-100, 0)", "l.pop()", "l.pop(100)", "l.remove('a')", "l.remove(99)", "l.index(2)", "l.index(2, 0, 2)", "l.index(99)", "l.count(1)", "l.reverse()", "l", "l.copy()")
show("l.sort()", "l", "l.sort(key=lambda x: -x)", "l", "l.sort(reverse=True)", "l.sort(1)", "[1, 'a'].sort()", "l.clear()", "l", "[].pop()", "list.append([], 1)", "list.append(1, 2)", "list.append()")
m = [1, 2, 3, 4, 5]
show("m[1:3]", "m[::2]", "m[::-2]", "m[10:]", "m[10]", "m['a']", "m.__getitem__(slice(1, 2))", "m.__setitem__(0, 9)", "m", "m.__delitem__(0)", "m", "m * 2", "2 * m", "m + (1,)", "m < [2]", "m == m[:]", "m.__contains__(3)", "m.__len__()")
n = [1, 2, 3]
n[1:2] = 'xyz'
show("n")
n[::2] = [0, 0, 0]
show("n")
try:
    n[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del n[::2]
show("n", "n.__iadd__([7])", "n.__imul__(2)", "n", "n.__reversed__().__class__.__name__", "list(reversed(n))")
