import asyncio


async def main():
    x = -2**63
    print(x, x % -1, x // 1)


asyncio.run(main())
