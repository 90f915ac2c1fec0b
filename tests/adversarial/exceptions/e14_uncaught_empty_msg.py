import asyncio


async def main():
    print("before")
    raise ValueError("")


asyncio.run(main())
