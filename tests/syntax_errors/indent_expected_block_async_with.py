async def main():
    async with lock:
    work()
