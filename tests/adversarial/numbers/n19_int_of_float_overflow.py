import asyncio


async def main():
    print("start")
    print(int(9.223372036854776e18))


asyncio.run(main())
