# Call syntax: positional, keyword, unpacking in every legal order.
def show(*args, **kwargs):
    return args, kwargs


extra = [4, 5]
options = {"sep": "-"}
more = {"end": "!"}
print(show())
print(show(1, 2, 3))
print(show(1, key="v"))
print(show(*extra))
print(show(**options))
print(show(1, *extra, 2, *extra))
print(show(a=1, **options, b=2, **more))
print(show(*extra, key=1, *extra))
print(show(1, *extra, k=2, **options))
print(show(x for x in range(3)))
print(show(*[1], *(), **{}, ))
print(show(
    1,
    2,
    key="trailing comma",
))
print(show(lambda: 0, [1][0], {"k": 1}["k"], (1,)))
print(show(key=(yield_like := 3)), yield_like)
print(show(a := 10, a))
print((lambda *a, **k: (a, k))(1, x=2))
print(show(*"ab", *b"cd"))
print(show)(1) if False else None
