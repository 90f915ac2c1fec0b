import asyncio

async def main():
    for i in range(3):
        pass
    break

asyncio.run(main())
