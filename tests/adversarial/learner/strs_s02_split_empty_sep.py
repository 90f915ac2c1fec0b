import asyncio


async def work(s):
    await asyncio.sleep(0.01)
    try:
        return s.split("")
    except ValueError as e:
        return "ValueError: " + str(e)


async def main():
    print(await asyncio.gather(work("abc"), work("")))
    print("x".split(None))


asyncio.run(main())
