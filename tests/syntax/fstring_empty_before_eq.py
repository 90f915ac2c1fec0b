import asyncio
async def main():
    print(f"{=}")
asyncio.run(main())
