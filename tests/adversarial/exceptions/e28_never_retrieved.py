import asyncio


async def fail():
    raise ValueError("boom")


async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("done", t.done())


asyncio.run(main())
