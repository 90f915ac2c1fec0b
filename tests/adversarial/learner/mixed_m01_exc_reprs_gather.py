import asyncio


async def fail(i):
    await asyncio.sleep(0.01 * i)
    if i == 0:
        return 1 / 0
    if i == 1:
        return {}["k"]
    if i == 2:
        return [][0]
    if i == 3:
        return int("x")
    if i == 4:
        raise ValueError("a", 2)
    if i == 5:
        raise ValueError()
    if i == 6:
        raise KeyError("it's")
    return "ok"


async def main():
    res = await asyncio.gather(*[fail(i) for i in range(8)], return_exceptions=True)
    print(res)
    for r in res:
        print(type(r).__name__, str(r), repr(r), r.args if isinstance(r, Exception) else None)


asyncio.run(main())
