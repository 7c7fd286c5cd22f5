# Comprehension scopes, the first iterator in the enclosing scope, nesting,
# walrus targets binding in the enclosing function or module, lambdas and
# generators.
data = [1, 2, 3]
squares = [x * x for x in data if x]
pairs = {k: v for k, v in zip(data, data)}
unique = {y for y in data}
lazy = (z for z in data)
nested = [[i * j for j in range(i)] for i in data]
found = [last := w for w in data]
total = sum(w for w in data if (seen := w))


def in_function(items):
    hits = [m for m in items if (match := m)]
    grid = [[(cell := r * c) for c in items] for r in items]
    return hits, match, grid, cell


def generator(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)
    return n


async def coroutine(source):
    async for item in source:
        await item
    async with source as ctx:
        pass
    return [v async for v in source], [await v for v in source], ctx


async def async_generator():
    yield [x async for x in aiter([])]


key = lambda item, *, reverse=False: (item, reverse)
curried = lambda a: lambda b: lambda c: a + b + c
defaults = lambda x=data: [x for _ in x]
gen_lambda = lambda: (yield)
