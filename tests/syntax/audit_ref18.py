import asyncio
count: int = 0

async def bump():
    global count
    count: int = 1

async def main():
    await bump()
asyncio.run(main())
