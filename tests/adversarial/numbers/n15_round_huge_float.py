import asyncio


async def main():
    print("start")
    print(round(1e300))


asyncio.run(main())
