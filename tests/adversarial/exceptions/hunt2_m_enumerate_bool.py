import asyncio

async def main():
    print(list(enumerate("ab", True)))

asyncio.run(main())
