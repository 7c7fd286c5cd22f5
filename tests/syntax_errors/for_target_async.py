async def f():
    async for None in stream():
        pass
