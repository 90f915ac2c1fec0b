import asyncio


async def work():
    print("working")
    await asyncio.sleep(0.01)
    return [1, 2]


async def bad():
    raise ValueError("again")


async def main():
    t = asyncio.create_task(work())
    a = await t
    b = await t
    print(a, b, a is b, t.result() is a)
    u = asyncio.create_task(bad())
    for i in range(2):
        try:
            await u
        except ValueError as e:
            print("attempt", i, repr(e))
    print(t.cancel(), t.cancelled(), u.cancel())


asyncio.run(main())
