import asyncio

async def main():
    "abc".replace("a", None)

asyncio.run(main())
