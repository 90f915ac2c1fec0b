import asyncio

async def main():
    print({}.pop([1], "default"))

asyncio.run(main())
