import asyncio


async def parse(s):
    await asyncio.sleep(0)
    return int(s)


async def main():
    print("start")
    try:
        await parse("abc")
    except ValueError:
        print("handling")
        raise KeyError("while parsing")


asyncio.run(main())
