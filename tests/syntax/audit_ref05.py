import asyncio

async def agen():
    yield 1

def sync_user():
    return [x async for x in agen()]

async def main():
    print(sync_user())
asyncio.run(main())
