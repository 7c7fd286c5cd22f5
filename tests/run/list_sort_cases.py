# list.sort with key/reverse, stability, errors
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(repr(a))
a.sort(reverse=True)
print(repr(a))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort(key=lambda w: w[1:])
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
for bad in (lambda: [1, 'a'].sort(), lambda: [].sort(1), lambda: [].sort(foo=1), lambda: [3, 1].sort(key=1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
b = [3, 1, 2]
print(b.sort(key=None), repr(b))
c = list(range(100, 0, -7))
c.sort(key=lambda x: x % 10)
print(c)
print(sorted([3, 1, 2], reverse=True), sorted('cab'))
