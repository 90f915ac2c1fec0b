import asyncio

async def fetch(n):
    return n

async def main():
    try:
        asyncio.create_task(fetch(1), nme="x")
    except TypeError as e:
        print("caught", e)

asyncio.run(main())
