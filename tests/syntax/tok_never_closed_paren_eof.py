import asyncio

async def main():
    await asyncio.sleep(1
    print("done")

asyncio.run(main())
