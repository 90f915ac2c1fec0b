import asyncio


async def attempt(i):
    await asyncio.sleep(0)
    try:
        if i == 0:
            return "a" + 1
        if i == 1:
            return "a" * "b"
        if i == 2:
            return "abc"[5]
        if i == 3:
            return int("x")
        if i == 4:
            return float("x")
        if i == 5:
            return 1 + "a"
        if i == 6:
            return "a" - "b"
        if i == 7:
            return int("1.5")
        if i == 8:
            k = "1"
            return "abc"[k]
        if i == 9:
            return "a" < 1
        return "x" * 2.0
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


async def main():
    for r in await asyncio.gather(*[attempt(i) for i in range(11)]):
        print(r)


asyncio.run(main())
