async def main():
    async with session as s
        await s.get()
