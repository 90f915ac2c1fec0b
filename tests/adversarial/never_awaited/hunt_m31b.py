import asyncio

async def a():
    pass

async def b():
    pass

async def bg():
    k = a()
    await asyncio.sleep(10)

async def main():
    local = b()
    t = asyncio.create_task(bg())
    await asyncio.sleep(0)
    raise RuntimeError("main fails")

asyncio.run(main())
