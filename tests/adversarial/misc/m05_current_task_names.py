import asyncio


async def who(label):
    await asyncio.sleep(0)
    print(label, asyncio.current_task().get_name())
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    names = await asyncio.gather(who("a"), who("b"))
    print(names)
    t = asyncio.create_task(who("c"), name="custom")
    u = asyncio.create_task(who("d"))
    print(await t, await u)
    print(await who("direct"))
    print(asyncio.current_task() is asyncio.current_task(), asyncio.current_task().done())


asyncio.run(main())
