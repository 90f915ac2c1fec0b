import asyncio


async def main():
    print("start")
    print(0xFFFFFFFFFFFFFFFF)


asyncio.run(main())
