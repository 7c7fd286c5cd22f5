async def fetch:
    pass
