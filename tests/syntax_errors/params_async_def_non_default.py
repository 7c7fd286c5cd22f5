async def fetch(url=None, retries):
    pass
