import asyncio


async def slow(n):
    try:
        await asyncio.sleep(0.1 * n)
        print("slow", n, "finished")
        return n
    finally:
        print("slow", n, "finally")


async def main():
    t1 = asyncio.create_task(slow(1))
    t2 = asyncio.create_task(slow(2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", t2.done())
    print(await t2)


asyncio.run(main())
