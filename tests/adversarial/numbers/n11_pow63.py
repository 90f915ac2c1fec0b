import asyncio


async def main():
    print(2**62, 2**62 - 1 + 2**62)
    print(2**63)


asyncio.run(main())
