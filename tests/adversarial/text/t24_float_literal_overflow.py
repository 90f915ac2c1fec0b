import asyncio


async def main():
    print(1e309, -1e400, 1e-400, 2e308 == 1e309)


asyncio.run(main())
