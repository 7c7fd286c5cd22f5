async def fetch(url):
await get(url)
