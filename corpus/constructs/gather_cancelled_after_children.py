# A gather cancelled from outside once its children are done raises
# the CancelledError made from its last child (in argument order), not
# from the child whose completion got there.
import asyncio


async def main():
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(0, "quick"), return_exceptions=True)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(g.cancel("m"))
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("cancelled", e.args)

    async def slow(n):
        await asyncio.sleep(n)
        return n

    t1 = asyncio.create_task(slow(0.1))
    t2 = asyncio.create_task(slow(0.2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel("from t2")
    g.cancel("outer")
    try:
        await g
    except asyncio.CancelledError as e:
        print("second", e.args)
    print(t1.cancelled(), t2.cancelled())


asyncio.run(main())
