import asyncio

async def main():
    print(list[int])

asyncio.run(main())
