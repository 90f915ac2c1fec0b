import asyncio


async def main():
    big = 9223372036854775807
    print(sum([big, 1, -2]))


asyncio.run(main())
