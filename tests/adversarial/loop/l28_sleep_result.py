import asyncio


async def main():
    print(await asyncio.sleep(0, "x"), await asyncio.sleep(0.01, "y"), await asyncio.sleep(0.0, result=[1]))


asyncio.run(main())
