import asyncio

async def main(a, a):
    print(a)

asyncio.run(main(1, 2))
