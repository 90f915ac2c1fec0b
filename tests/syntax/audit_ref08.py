import asyncio

async def numbers():
    for i in range(3):
        yield i
        await asyncio.sleep(0.1)
    return "done"

async def main():
    async for x in numbers():
        print(x)
asyncio.run(main())
