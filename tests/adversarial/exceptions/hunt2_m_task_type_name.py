import asyncio

async def main():
    len(asyncio.current_task())

asyncio.run(main())
