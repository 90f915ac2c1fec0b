import asyncio


async def main():
    m = -9223372036854775807 - 1
    print("start")
    print(-m)


asyncio.run(main())
