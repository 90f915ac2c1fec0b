import asyncio

async def quick():
    return 5

async def main():
    await asyncio.wait_for(quick(), 0)

asyncio.run(main())
