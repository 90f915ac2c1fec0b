import asyncio

async def main():
    print("a")
        print("b")

asyncio.run(main())
