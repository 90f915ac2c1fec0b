import asyncio


async def main():
    print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:-1], range(5)[10:], range(5)[::-2])
    print(list(range(10)[::-3]), range(1, 10, 2)[1:3] == range(3, 7, 2))


asyncio.run(main())
