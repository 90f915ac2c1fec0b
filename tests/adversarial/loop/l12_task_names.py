import asyncio


async def who(tag):
    print(tag, asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return tag


async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(who("a"))
    u = asyncio.create_task(who("b"), name="custom")
    v = asyncio.create_task(who("c"))
    w = asyncio.create_task(who("d"), name=5)
    await asyncio.gather(t, u, v, w, who("e"), who("f"))
    await asyncio.wait_for(who("g"), 1)
    await who("h")
    x = asyncio.create_task(who("i"), name=None)
    await x
    print(t.get_name(), u.get_name(), v.get_name(), w.get_name(), x.get_name(), type(w.get_name()).__name__)


asyncio.run(main())
