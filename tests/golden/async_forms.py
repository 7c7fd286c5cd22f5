# async def, await, async for, async with, async comprehensions and generators.
import asyncio


class AsyncCtx:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def compute(x):
    return x * 2


async def main():
    value = await compute(3)
    nested = await compute(await compute(1))
    async with AsyncCtx() as ctx, AsyncCtx():
        pass
    async with (AsyncCtx() as a, AsyncCtx() as b):
        pass
    async for item in agen(3):
        print(item)
    else:
        print("async for else")
    squares = [i * i async for i in agen(4)]
    filtered = {i async for i in agen(5) if i % 2}
    mapping = {i: await compute(i) for i in range(2)}
    gen = (i async for i in agen(2))
    awaited_list = [await compute(i) for i in range(3)]
    result = await asyncio.gather(*(compute(i) for i in range(3)))
    power = -await compute(1) ** 2 if False else await compute(2)
    print(value, nested, squares, filtered, mapping, [x async for x in gen], awaited_list, result, power)
    lam = lambda: compute(5)
    print(await lam())


async def async_return_only():
    return


asyncio.run(main())
