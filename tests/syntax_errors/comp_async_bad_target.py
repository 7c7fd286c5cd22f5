async def f():
    return [x async for 1 in aiter()]
