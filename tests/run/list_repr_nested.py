# repr and str of lists, nested and recursive
a = [1, 'two', 3.0, None, True, (4,), [5, [6]], {7: 8}]
print(a)
print(repr(a), str(a) == repr(a))
r = [1]
r.append(r)
print(r, [r, r])
s = [[]]
s[0].append(s)
print(s)
print([[]] * 3, [()] * 2, ['a\n'], ["'"], ['"'])
m = [[0] * 2] * 2
m[0][0] = 9
print(m)
