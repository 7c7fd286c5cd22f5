async def f():
    async for chunk in reader
        pass
