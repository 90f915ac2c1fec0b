import asyncio


async def forever():
    n = 0
    while True:
        await asyncio.sleep(0)
        n += 1
        if n == 3:
            print("forever at 3")


async def main():
    t = asyncio.create_task(forever())
    for i in range(5):
        await asyncio.sleep(0)
    print("main leaving", t.done())
    return "ret"


asyncio.run(main())
