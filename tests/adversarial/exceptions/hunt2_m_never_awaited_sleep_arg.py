import asyncio

async def fetch(n):
    return n

async def main():
    try:
        await asyncio.sleep(fetch(1))
    except TypeError as e:
        print("caught", e)

asyncio.run(main())
