import asyncio


async def main():
    m = -9223372036854775807 - 1
    print(m % -1)


asyncio.run(main())
