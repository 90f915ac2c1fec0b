import asyncio


async def p(x):
    print("start", x)
    await asyncio.sleep(0)
    print("end", x)


async def main():
    t1 = asyncio.create_task(p(1))
    g = asyncio.gather(p(2), p(3))
    t4 = asyncio.create_task(p(4))
    print("main before await")
    await t4
    print("main after t4", t1.done(), g.done())
    await g
    print("main after g", t1.done())


asyncio.run(main())
