# iteration over str: iterator types, next, exhaustion, comprehensions
it = iter("ab")
print(type(it).__name__, type(iter("héllo")).__name__, type(iter("")).__name__)
print(next(it), next(it), next(it, "done"))
it2 = iter(it)
print(it2 is it)
print(list("héllo"), tuple("日本"), [c.upper() for c in "abc"], list(""))
print(list(reversed("abc")), sorted("hello"), set("aab") == {"a", "b"}, max("hello"), min("hello"))
print("".join(reversed("héllo")), list(enumerate("xy")), list(zip("abc", "12")))
for c in "a😀b":
    print(repr(c), len(c), ord(c))
x, y, z = "xyz"
print(x, y, z)
a, *b = "hello"
print(a, b)
try:
    p, q = "abc"
except ValueError as e:
    print(type(e).__name__, e)
