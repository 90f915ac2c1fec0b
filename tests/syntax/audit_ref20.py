import asyncio

async def main():
    x = 5
    1 = x
    print(x)

asyncio.run(main())
