import asyncio


async def shout(s):
    await asyncio.sleep(0)
    return s.upper(), s.lower()


async def main():
    res = await asyncio.gather(shout("Hello World 123"), shout("MiXeD_case-9!"), shout(""))
    for r in res:
        print(r)
    print(await shout("straße"))
    print(await shout("Éclair ÀB"))


asyncio.run(main())
