import asyncio

async def a():
    pass

async def b():
    pass

async def bg():
    k = a()
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(bg())
    local = b()
    await asyncio.sleep(0)
    raise RuntimeError("main fails")

asyncio.run(main())
