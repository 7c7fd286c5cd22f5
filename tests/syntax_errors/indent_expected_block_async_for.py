async def main():
    async for item in source():
    print(item)
