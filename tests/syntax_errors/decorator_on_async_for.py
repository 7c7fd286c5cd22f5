async def main():
    @wrap
    async for x in y:
        pass
